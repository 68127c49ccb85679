// The SAFE intake on a tablet: live flags, body map, crisis contacts; autosave.js keeps the answers.
// Served by Holdspace itself; the Content-Security-Policy forbids inline script.
(function () {
  'use strict';

  var FLAG_POLL_MS = 8000;

  // ---- parts of the page drawn by the server, asked for again and swapped in whole ----
  // Only a part that changed is replaced, so screen readers are left in peace; a sign-in that ran
  // out answers with the sign-in page, and then what is shown stays as it was.
  function redraw(url, fragment, findIn) {
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/html', 'X-Holdspace-Fragment': fragment } })
      .then(function (response) {
        return response.ok && !response.redirected ? response.text() : null;
      })
      .then(function (html) {
        if (!html) {
          return;
        }
        var holder = document.createElement('div');
        holder.innerHTML = html; // rendered and escaped by the server
        var fresh = findIn(holder);
        var current = findIn(document);
        if (fresh && current && fresh.innerHTML !== current.innerHTML) {
          current.replaceWith(fresh);
        }
      })
      .catch(function () { /* try again at the next tick */ });
  }

  // the flags: intake/flags :: live
  function redrawFlags(container) {
    redraw(container.dataset.flagsUrl, 'flags', function (scope) {
      return (scope === document ? container : scope).querySelector('[data-flag-banners]');
    });
  }

  // Other devices may be filling in the intake (the client on the clinic tablet): poll its flags.
  document.querySelectorAll('[data-flags-url]').forEach(function (container) {
    window.setInterval(function () { redrawFlags(container); }, FLAG_POLL_MS);
  });

  var form = document.getElementById('intake-form');
  if (!form) {
    return;
  }
  var words = window.Holdspace.wordsFrom(document.getElementById('autosave-text'));

  // ---- crisis contacts, shown calmly the moment a client discloses ----
  // the server marks the questions whose yes makes a hold urgent (data-urgent, from HoldView)
  var crisis = document.getElementById('crisis');
  function isUrgent(input) {
    return Boolean(input && input.closest('[data-urgent]'));
  }
  function updateCrisis() {
    if (!crisis) {
      return;
    }
    var yeses = form.querySelectorAll('[data-urgent] input[type="radio"][value="true"]');
    crisis.hidden = !Array.prototype.some.call(yeses, function (yes) { return yes.checked; });
  }

  // ---- body map: tap, click, Enter or Space on an area cycles fine -> with care -> avoid -> fine ----
  var ORDER = ['OK', 'CARE', 'AVOID'];
  function selectFor(code) {
    return form.querySelector('select[data-region-select="' + code + '"]');
  }
  function paint(shape, state) {
    ORDER.forEach(function (each) { shape.classList.remove('state-' + each); });
    shape.classList.add('state-' + state);
    var select = selectFor(shape.dataset.region);
    var option = select && select.querySelector('option[value="' + state + '"]');
    shape.setAttribute('aria-label', shape.dataset.label + ': ' + (option ? option.textContent : state));
  }
  form.querySelectorAll('.bodymap .region[data-region]').forEach(function (shape) {
    function cycle(event) {
      event.preventDefault();
      var select = selectFor(shape.dataset.region);
      var next = ORDER[(ORDER.indexOf(select.value) + 1) % ORDER.length];
      select.value = next;
      paint(shape, next);
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
    shape.addEventListener('click', cycle);
    // a button of the board answers Enter and Space by itself, as a click
    if (shape.tagName !== 'BUTTON') {
      shape.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' || event.key === ' ') {
          cycle(event);
        }
      });
    }
  });
  function repaint(select) {
    var shape = form.querySelector('.region[data-region="' + select.dataset.regionSelect + '"]');
    if (shape) {
      paint(shape, select.value);
    }
  }
  function repaintMap() {
    form.querySelectorAll('select[data-region-select]').forEach(repaint);
  }
  form.querySelectorAll('select[data-region-select]').forEach(function (select) {
    select.addEventListener('change', function () { repaint(select); });
  });

  var liveFlags = document.getElementById('live-flags');
  var saver = window.Holdspace.autosave(form, {
    versionField: form.querySelector('input[name="draftVersion"]'),
    versionOf: function (body) { return body.draftVersion; },
    status: document.getElementById('save-status'),
    problem: document.getElementById('autosave-problem'),
    words: words,
    storageKey: form.dataset.draftKey,
    onSaved: function () {
      if (liveFlags) {
        redrawFlags(liveFlags); // what the saved answers raise, without waiting for the next poll
      }
    },
    // a disclosure is saved at once, not a few seconds later
    onChange: function (event) {
      updateCrisis();
      return isUrgent(event.target);
    },
    onRestored: repaintMap
  });
  updateCrisis();

  // ---- one section a step (steps.js): what is typed is saved on the way to the next step ----
  var root = form.closest('[data-step-default]');
  if (!root || !window.Holdspace.steps) {
    return;
  }
  var stepKey = root.dataset.stepKey;
  function remembered() {
    try {
      return window.sessionStorage.getItem(stepKey);
    } catch (ignored) {
      return null;
    }
  }
  var steps = window.Holdspace.steps(root, {
    // the form came back from completing: the first answer it marks; else, on an intake in
    // progress, the step this tab was last on
    start: function (stepOf) {
      var problem = form.querySelector('.has-error[id], .has-error [id]');
      var marked = problem ? stepOf(problem.id) : null;
      if (marked) {
        return marked;
      }
      return root.dataset.carryOn === 'true' ? remembered() : null;
    }
  });

  // the summary step's check (flags, holds, what is missing) is the server's own rendering, asked
  // for again once the answers it should read have been saved
  var checkUrl = root.dataset.checkUrl;
  function redrawCheck() {
    if (!checkUrl || !document.getElementById('intake-check')) {
      return;
    }
    redraw(checkUrl, 'check', function (scope) {
      return scope.querySelector('#intake-check');
    });
  }
  function remember(step) {
    try {
      window.sessionStorage.setItem(stepKey, step);
    } catch (ignored) { /* storage unavailable */ }
  }
  remember(steps.current());
  root.addEventListener('holdspace:step', function (event) {
    remember(event.detail.step);
    if (saver.busy()) {
      saver.flush(); // the check is drawn again when this save has reached the server
    } else if (event.detail.step === 'summary') {
      redrawCheck();
    }
  });
  document.addEventListener('holdspace:server-reached', function () {
    if (steps.current() === 'summary') {
      redrawCheck();
    }
  });
})();
