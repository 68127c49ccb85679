// One step at a time on a tablet: the session room and the SAFE intake. The parts of the page marked
// data-steps show only with their step; links marked data-step-to move between steps (the step bar,
// Back and Next), and the address keeps the step, so a reload comes back to it. Without script every
// part shows, one long page, and the links are plain links into it.
(function () {
  'use strict';

  /**
   * root: the element with data-step-default. options.start(stepOf): the step to open when the
   * address names none (null to fall back to data-step-default). Moving fires "holdspace:step" on
   * root with detail { step, from }.
   */
  function steps(root, options) {
    options = options || {};
    var stepLinks = Array.prototype.slice.call(root.querySelectorAll('[data-step-to]'));
    var offered = stepLinks.map(function (link) { return link.dataset.stepTo; });

    function stepOf(id) {
      var target = id ? document.getElementById(id) : null;
      var part = target ? target.closest('[data-steps]') : null;
      if (!part) {
        return null;
      }
      var names = part.dataset.steps.split(' ');
      for (var i = 0; i < names.length; i++) {
        if (offered.indexOf(names[i]) >= 0) {
          return names[i];
        }
      }
      return null;
    }

    function show(step) {
      var from = root.dataset.step;
      root.dataset.step = step;
      root.classList.add('stepped');
      root.querySelectorAll('[data-steps]').forEach(function (part) {
        part.hidden = part.dataset.steps.split(' ').indexOf(step) < 0;
      });
      stepLinks.forEach(function (link) {
        if (link.dataset.stepTo === step && link.closest('.step-nav')) {
          link.setAttribute('aria-current', 'step');
        } else {
          link.removeAttribute('aria-current');
        }
      });
      if (from && from !== step) {
        root.dispatchEvent(new CustomEvent('holdspace:step', { detail: { step: step, from: from } }));
      }
    }

    // a place inside a folded card (the holds, say) unfolds it
    function reveal(id) {
      var target = id ? document.getElementById(id) : null;
      for (var node = target; node; node = node.parentElement) {
        if (node.tagName === 'DETAILS') {
          node.open = true;
        }
      }
      return target;
    }

    // a bar with one step on it says nothing: before the check-in there is only the check-in
    if (stepLinks.length < 2) {
      root.querySelectorAll('.step-nav').forEach(function (nav) { nav.hidden = true; });
    }
    var hash = window.location.hash.slice(1);
    var first = stepOf(hash);
    var chosen = first || (options.start ? options.start(stepOf) : null);
    if (first) {
      show(first);
      var shown = reveal(hash);
      if (shown && !shown.matches('[data-steps]')) {
        shown.scrollIntoView();
      } else {
        window.scrollTo(0, 0);
      }
    } else if (chosen && offered.indexOf(chosen) >= 0) {
      show(chosen);
    } else if (offered.indexOf(root.dataset.stepDefault) >= 0) {
      show(root.dataset.stepDefault);
    } else if (offered.length > 0) {
      show(offered[0]);
    }

    stepLinks.forEach(function (link) {
      link.addEventListener('click', function (event) {
        event.preventDefault();
        // a notice ("Check-in done") belonged to the step just left
        document.querySelectorAll('.page > .flash-notice').forEach(function (notice) { notice.hidden = true; });
        var hadFocus = document.activeElement === link;
        show(link.dataset.stepTo);
        window.history.replaceState(null, '', link.getAttribute('href'));
        window.scrollTo(0, 0);
        // Back and Next leave with their step: the focus goes to the top of the step they opened
        if (hadFocus && link.closest('[hidden]')) {
          var heading = root.querySelector('[data-steps]:not([hidden]) [data-step-heading]');
          if (heading) {
            heading.focus({ preventScroll: true });
          }
        }
      });
    });
    window.addEventListener('hashchange', function () {
      var id = window.location.hash.slice(1);
      var step = stepOf(id);
      if (step) {
        show(step);
        var target = reveal(id);
        if (target) {
          target.scrollIntoView();
          if (target.matches('input, select, textarea')) {
            target.focus({ preventScroll: true });
          }
        }
      }
    });

    return {
      show: show,
      current: function () { return root.dataset.step; },
      stepOf: stepOf
    };
  }

  window.Holdspace = window.Holdspace || {};
  window.Holdspace.steps = steps;
})();
