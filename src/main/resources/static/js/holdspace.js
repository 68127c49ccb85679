// Holdspace page behaviour. Served from the app itself; the Content-Security-Policy forbids inline script.
(function () {
  'use strict';

  // Texts a script shows come from the page (data attributes of one hidden element), never from script.
  window.Holdspace = window.Holdspace || {};
  window.Holdspace.wordsFrom = function (element) {
    return function (key, time) {
      var value = (element && element.dataset[key]) || '';
      return time ? value.replace('{time}', time) : value;
    };
  };

  // A second tap on a submit button must not send the form twice. The server guards this too
  // (creation tokens), this just keeps the screen honest while the first submission is on its way.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.classList.contains('signout')) {
      // a shared tablet keeps nothing of the person who signed out
      try {
        window.sessionStorage.clear();
      } catch (ignored) { /* storage unavailable */ }
    }
    var question = form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
      return;
    }
    if (form.method.toLowerCase() !== 'post') {
      return;
    }
    if (form.dataset.submitting === 'true') {
      event.preventDefault();
      return;
    }
    form.dataset.submitting = 'true';
    form.querySelectorAll('button[type="submit"]').forEach(function (button) {
      button.setAttribute('aria-busy', 'true');
    });
  });

  // Coming back with the browser's back button must leave the form usable again.
  window.addEventListener('pageshow', function () {
    document.querySelectorAll('form[data-submitting]').forEach(function (form) {
      delete form.dataset.submitting;
      form.querySelectorAll('[aria-busy]').forEach(function (button) {
        button.removeAttribute('aria-busy');
      });
    });
  });

  // Once a marked answer is changed, its old message no longer applies.
  function clearError(event) {
    var field = event.target.closest && event.target.closest('.has-error');
    if (field) {
      field.classList.remove('has-error');
      field.querySelectorAll('.field-error').forEach(function (message) { message.hidden = true; });
      field.querySelectorAll('[aria-invalid]').forEach(function (input) { input.removeAttribute('aria-invalid'); });
    }
  }
  document.addEventListener('change', clearError);
  document.addEventListener('input', clearError);

  // A page that confirms something was saved lets go of what this tab was keeping for it. This
  // script runs before the page's own (all are deferred), so nothing kept is brought back first.
  document.querySelectorAll('[data-forget-kept]').forEach(function (marker) {
    try {
      window.sessionStorage.removeItem(marker.dataset.forgetKept);
    } catch (ignored) { /* storage unavailable */ }
  });

  // A form sent only at the end (an amendment, a referral, a clearance) keeps what is typed in this
  // tab, under the signed-in person's key, until a page confirms it was saved: a sign-in that ran
  // out, a network gone or a page closed by mistake loses nothing. A field the server filled in (the
  // form came back with a problem) is left as the server sent it.
  var KEEP_FOR_MS = 12 * 60 * 60 * 1000;
  document.querySelectorAll('form[data-keep-typed]').forEach(function (form) {
    var key = form.dataset.keepTyped;
    var kept = null;
    try {
      kept = JSON.parse(window.sessionStorage.getItem(key) || 'null');
    } catch (broken) { kept = null; }
    if (kept && Date.now() - kept.keptAt < KEEP_FOR_MS) {
      var restored = false;
      Object.keys(kept.values).forEach(function (name) {
        var field = form.elements.namedItem(name);
        if (field && (field.tagName === 'TEXTAREA' || field.type === 'text' || field.type === 'date') && !field.value) {
          field.value = kept.values[name];
          restored = true;
        }
      });
      var note = form.querySelector('[data-kept-note]');
      if (restored && note) {
        note.hidden = false;
      }
    }
    form.addEventListener('input', function () {
      var values = {};
      Array.prototype.forEach.call(form.elements, function (field) {
        if (field.name && field.name !== '_csrf' && field.type !== 'hidden' && (field.tagName === 'TEXTAREA'
            || field.type === 'text' || field.type === 'date') && field.value) {
          values[field.name] = field.value;
        }
      });
      try {
        window.sessionStorage.setItem(key, JSON.stringify({ keptAt: Date.now(), values: values }));
      } catch (full) { /* nothing more can be done */ }
    });
  });

  // Bring the error summary into view so a long form's problems are not missed.
  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.querySelector('.error-summary');
    if (summary) {
      summary.focus();
    }
  });
})();
