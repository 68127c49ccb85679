// A session record on the tablet: notes saved as they are typed (autosave.js), one-tap logging
// that stays on the page, and regions picked from the body map. Without script every form still
// works, one page load at a time.
(function () {
  'use strict';

  var words = window.Holdspace.wordsFrom(document.getElementById('autosave-text'));
  var problemBox = document.getElementById('log-problem');

  // ---- what is typed for minutes: the check-in or the end-of-session notes, and the aftercare
  // plan after signing; a form with a status and problem box of its own uses those ----
  document.querySelectorAll('form[data-autosave-url]').forEach(function (form) {
    window.Holdspace.autosave(form, {
      versionField: form.querySelector('input[data-version]'),
      versionOf: function (body) { return body.version; },
      status: form.querySelector('[data-save-status]') || document.getElementById('save-status'),
      problem: form.querySelector('[data-autosave-problem]') || document.getElementById('autosave-problem'),
      words: words,
      storageKey: form.dataset.draftKey
    });
  });

  // A fresh key for the next tap: the same key twice is one tap, so a double tap records once.
  function newToken() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
  }

  function showTapProblem(html) {
    if (!problemBox) {
      return;
    }
    var holder = document.createElement('div');
    holder.innerHTML = html; // rendered and escaped by the server
    var said = holder.textContent.trim();
    var safetyNow = document.getElementById('safety-now');
    if (said && safetyNow && safetyNow.textContent.indexOf(said) >= 0) {
      // the safety bar already says why: once is clearer than twice
      problemBox.hidden = true;
      safetyNow.scrollIntoView({ block: 'nearest' });
      return;
    }
    problemBox.textContent = said;
    problemBox.hidden = false;
    problemBox.scrollIntoView({ block: 'nearest' });
  }

  // The taps are above the log: say what was recorded right where the finger is.
  var logStatus = document.getElementById('log-status');
  function confirmRecorded(timeline, form) {
    if (!logStatus || form.classList.contains('entry-undo')) {
      return;
    }
    var entries = timeline.querySelectorAll('.entry-text');
    var last = entries[entries.length - 1];
    if (last) {
      logStatus.textContent = logStatus.dataset.recorded.replace('{entry}', last.textContent.trim());
    }
  }

  function done(form) {
    delete form.dataset.submitting;
    form.querySelectorAll('[aria-busy]').forEach(function (button) { button.removeAttribute('aria-busy'); });
  }

  // ---- one tap, sent in the background; the log comes back to replace the one on the page ----
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.matches('form[data-quick]')) {
      return;
    }
    event.preventDefault();
    if (form.dataset.sending === 'true') {
      return;
    }
    form.dataset.sending = 'true';
    var data = new URLSearchParams(new FormData(form));
    // the tapped button says what happened (crying, paused...): older browsers leave it out of FormData
    if (event.submitter && event.submitter.name) {
      data.set(event.submitter.name, event.submitter.value);
    }
    var csrf = form.querySelector('input[name="_csrf"]');
    // the attribute, not the property: a button named "action" would hide the property
    fetch(form.getAttribute('action'), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'X-Holdspace-Fragment': 'timeline', 'X-CSRF-TOKEN': csrf ? csrf.value : '' },
      body: data
    }).then(function (response) {
      if (response.redirected || response.status === 401 || response.status === 403) {
        window.location.reload(); // signed out, or the record was signed elsewhere: show the page as it is
        return;
      }
      return response.text().then(function (html) {
        if (response.status === 422) {
          showTapProblem(html);
          return;
        }
        if (!response.ok) {
          showTapProblem(problemBox ? problemBox.dataset.failed || '' : '');
          return;
        }
        document.dispatchEvent(new CustomEvent('holdspace:server-reached'));
        if (problemBox) {
          problemBox.hidden = true;
        }
        var timeline = document.getElementById('timeline');
        var holder = document.createElement('div');
        holder.innerHTML = html; // the server's own rendering of the log
        var fresh = holder.querySelector('#timeline');
        if (timeline && fresh) {
          timeline.replaceWith(fresh);
          confirmRecorded(fresh, form);
        }
        // what the session now asks before the next block (ground, ask, no more touch), and the
        // latest entries right under the taps
        ['safety-now', 'latest-entries'].forEach(function (id) {
          var shown = document.getElementById(id);
          var fresh = holder.querySelector('#' + id);
          if (shown && fresh) {
            shown.replaceWith(fresh);
          }
        });
        if (form.isConnected) {
          if (form.hasAttribute('data-keep-choices')) {
            // the next block is most often the same work elsewhere: only the region starts afresh
            if (regionSelect) {
              regionSelect.value = '';
            }
          } else {
            form.reset();
          }
          clearPicked();
          var token = form.querySelector('[data-token]');
          if (token) {
            token.value = newToken();
          }
        }
      });
    }).catch(function () {
      showTapProblem(problemBox ? problemBox.dataset.offline || '' : '');
    }).then(function () {
      delete form.dataset.sending;
      done(form);
    });
  });

  // ---- the body map picks the region of the next block of touch ----
  var picker = document.querySelector('[data-region-picker]');
  var regionSelect = document.querySelector('select[data-region-select]');
  function clearPicked() {
    if (picker) {
      picker.querySelectorAll('.is-picked').forEach(function (shape) {
        shape.classList.remove('is-picked');
        shape.setAttribute('aria-pressed', 'false');
      });
    }
  }
  function pick(shape) {
    var option = regionSelect.querySelector('option[value="' + shape.dataset.region + '"]');
    if (!option || option.disabled) {
      showTapProblem(problemBox.dataset.avoid || '');
      return;
    }
    regionSelect.value = shape.dataset.region;
    clearPicked();
    shape.classList.add('is-picked');
    shape.setAttribute('aria-pressed', 'true');
  }
  if (picker && regionSelect) {
    picker.querySelectorAll('.region[data-region]').forEach(function (shape) {
      shape.addEventListener('click', function () { pick(shape); });
      shape.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          pick(shape);
        }
      });
    });
    regionSelect.addEventListener('change', function () {
      clearPicked();
      var shape = picker.querySelector('.region[data-region="' + regionSelect.value + '"]');
      if (shape) {
        shape.classList.add('is-picked');
        shape.setAttribute('aria-pressed', 'true');
      }
    });
  }

  // ---- one step at a time: check-in, during, end and sign, then aftercare or the record (steps.js) ----
  var room = document.querySelector('[data-step-default]');
  if (room) {
    window.Holdspace.steps(room);
  }
})();
