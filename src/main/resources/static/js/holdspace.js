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
  // What is typed into a short form (an amendment, a referral, a clearance) is kept in this tab at
  // once and, where the form names a draft address, on the server a moment after typing stops: a
  // sign-in that ran out, a closed tab or another tablet then brings it back into the empty form.
  function isTyped(field) {
    return field.name && field.name !== '_csrf' && field.type !== 'hidden'
      && (field.tagName === 'TEXTAREA' || field.type === 'text' || field.type === 'date');
  }
  function restore(form, values) {
    var restored = false;
    Object.keys(values).forEach(function (name) {
      var field = form.elements.namedItem(name);
      if (field && isTyped(field) && !field.value) {
        field.value = values[name];
        restored = true;
      }
    });
    var note = form.querySelector('[data-kept-note]');
    if (restored && note) {
      note.hidden = false;
    }
    return restored;
  }
  document.querySelectorAll('form[data-keep-typed]').forEach(function (form) {
    var key = form.dataset.keepTyped;
    var draftUrl = form.dataset.draftUrl;
    var status = form.querySelector('[data-draft-status]');
    var csrf = form.querySelector('input[name="_csrf"]');
    var kept = null;
    try {
      kept = JSON.parse(window.sessionStorage.getItem(key) || 'null');
    } catch (broken) { kept = null; }
    var restored = kept && Date.now() - kept.keptAt < KEEP_FOR_MS && restore(form, kept.values);
    if (!restored && draftUrl) {
      fetch(draftUrl, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (response) { return response.status === 200 ? response.json() : null; })
        .then(function (draft) {
          if (draft && draft.values) {
            restore(form, draft.values);
          }
        })
        .catch(function () { /* the tab's own copy is all there is */ });
    }
    var timer = null;
    function say(text) {
      if (status) {
        status.textContent = text;
        status.hidden = false;
      }
    }
    function send() {
      var data = new URLSearchParams();
      Array.prototype.forEach.call(form.elements, function (field) {
        if (isTyped(field)) {
          data.set(field.name, field.value);
        }
      });
      fetch(draftUrl, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'X-CSRF-TOKEN': csrf ? csrf.value : '', 'Accept': 'application/json' },
        body: data
      }).then(function (response) {
        if (!response.ok || response.redirected) {
          throw new Error('not kept');
        }
        return response.json();
      }).then(function (answer) {
        say(status.dataset.kept.replace('{time}', answer.savedAt));
      }).catch(function () {
        say(status ? status.dataset.notKept : '');
      });
    }
    form.addEventListener('input', function () {
      var values = {};
      Array.prototype.forEach.call(form.elements, function (field) {
        if (isTyped(field) && field.value) {
          values[field.name] = field.value;
        }
      });
      try {
        window.sessionStorage.setItem(key, JSON.stringify({ keptAt: Date.now(), values: values }));
      } catch (full) { /* nothing more can be done */ }
      if (draftUrl) {
        window.clearTimeout(timer);
        timer = window.setTimeout(send, 1200);
      }
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
