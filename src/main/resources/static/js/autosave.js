// Autosave for forms a person types into for minutes (the intake, a session record): saved a few
// seconds after each change, kept in this tab while the network or the sign-in is gone, and never
// silently written over answers another device saved in between.
(function () {
  'use strict';

  var SAVE_DELAY_MS = 2500;
  var RETRY_MS = 15000;
  var KEEP_FOR_MS = 12 * 60 * 60 * 1000;

  /**
   * options: versionField (the hidden input with the version this page saw), versionOf(body),
   * status and problem elements, words(key, time), storageKey, onSaved(body), onChange(event)
   * (answers true to save at once), onRestored().
   */
  function autosave(form, options) {
    var timer = null;
    var sending = false;
    var again = false;
    var overwrite = false;
    var pendingSubmit = null;
    var versionField = options.versionField;
    var loadedOnVersion = versionField.value;
    var problem = options.problem;
    var words = options.words;

    function showProblem(message, offerKeepMine) {
      problem.querySelector('[data-message]').textContent = message;
      problem.querySelector('[data-keep-mine]').hidden = !offerKeepMine;
      problem.hidden = false;
    }

    // Messages from the server next to each field it could not keep (too long, say), replaced on
    // every answer, so a field shortened since no longer says so.
    function clearInvalid() {
      form.querySelectorAll('[data-autosave-error]').forEach(function (note) {
        var field = form.querySelector('[aria-describedby="' + note.id + '"]');
        if (field) {
          field.removeAttribute('aria-invalid');
          field.removeAttribute('aria-describedby');
        }
        if (note.parentNode.hasAttribute('data-autosave-marked')) {
          note.parentNode.classList.remove('has-error');
          note.parentNode.removeAttribute('data-autosave-marked');
        }
        note.remove();
      });
    }

    function markInvalid(problems) {
      clearInvalid();
      (Array.isArray(problems) ? problems : []).forEach(function (problem, index) {
        var field = Array.prototype.find.call(form.elements, function (element) {
          return element.name === problem.field;
        });
        if (!field || !problem.message) {
          return;
        }
        var holder = field.closest('.field') || field.parentNode;
        var note = document.createElement('p');
        note.className = 'field-error';
        note.id = 'autosave-error-' + index;
        note.setAttribute('data-autosave-error', '');
        note.textContent = problem.message;
        holder.appendChild(note);
        if (!holder.classList.contains('has-error')) {
          holder.classList.add('has-error');
          holder.setAttribute('data-autosave-marked', '');
        }
        field.setAttribute('aria-invalid', 'true');
        field.setAttribute('aria-describedby', note.id);
      });
    }

    function isOwnField(name) {
      return name && name !== '_csrf' && name !== versionField.name;
    }

    // Unsent answers wait in this tab's session storage (gone when the tab closes or staff sign
    // out), under the signed-in person's key, with the version they were typed on.
    function keepLocally() {
      var entries = [];
      new FormData(form).forEach(function (value, name) {
        if (isOwnField(name)) {
          entries.push([name, value]);
        }
      });
      try {
        window.sessionStorage.setItem(options.storageKey,
          JSON.stringify({ keptAt: Date.now(), basedOn: versionField.value, entries: entries }));
      } catch (full) { /* nothing more can be done offline */ }
    }

    function forgetLocal() {
      try {
        window.sessionStorage.removeItem(options.storageKey);
      } catch (ignored) { /* storage unavailable */ }
    }

    function keptAnswers() {
      var kept;
      try {
        kept = JSON.parse(window.sessionStorage.getItem(options.storageKey) || 'null');
      } catch (broken) {
        kept = null;
      }
      if (!kept || !kept.entries || Date.now() - kept.keptAt > KEEP_FOR_MS) {
        forgetLocal();
        return null;
      }
      return kept;
    }

    function restore(kept) {
      // a name can stand several times (the plan's ticked suggestions), so each keeps all its values
      var values = {};
      kept.entries.forEach(function (pair) { (values[pair[0]] = values[pair[0]] || []).push(pair[1]); });
      Array.prototype.forEach.call(form.elements, function (field) {
        if (!isOwnField(field.name)) {
          return;
        }
        if (!(field.name in values)) {
          if (field.type === 'checkbox' && (('_' + field.name) in values || form.querySelectorAll('[name="' + field.name + '"]').length > 1)) {
            field.checked = false;
          }
          return;
        }
        if (field.type === 'radio' || field.type === 'checkbox') {
          field.checked = values[field.name].indexOf(field.value) >= 0;
        } else if (field.type !== 'submit' && field.type !== 'button') {
          field.value = values[field.name][0];
        }
      });
    }

    function payload() {
      var data = new URLSearchParams();
      new FormData(form).forEach(function (value, name) {
        data.append(name, value);
      });
      if (overwrite) {
        data.set('overwrite', 'true');
      }
      return data;
    }

    function save() {
      window.clearTimeout(timer);
      timer = null;
      if (sending) {
        again = true;
        return;
      }
      sending = true;
      keepLocally();
      options.status.textContent = words('saving');
      var csrf = form.querySelector('input[name="_csrf"]');
      fetch(form.dataset.autosaveUrl, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Accept': 'application/json', 'X-CSRF-TOKEN': csrf ? csrf.value : '' },
        body: payload()
      }).then(function (response) {
        var isJson = (response.headers.get('Content-Type') || '').indexOf('application/json') === 0;
        if (response.redirected || response.status === 401 || response.status === 403 || (!isJson && response.ok)) {
          // the session ended: the server answered with the sign-in page
          showProblem(words('signedOut'), false);
          options.status.textContent = words('notSaved');
          return null;
        }
        if (!isJson) {
          throw new Error('save failed'); // a server error: keep the answers and try again
        }
        return response.json().then(function (body) {
          if (body.conflict) {
            showProblem(words('conflict', body.changedAt), true);
            return null;
          }
          if (body.signed) {
            showProblem(words('signed'), false);
            return null;
          }
          if (body.moved) {
            // another device finished this part: reloading shows the record as it now is
            forgetLocal();
            showProblem(words('moved'), false);
            return null;
          }
          if (body.invalid) {
            markInvalid(body.invalid);
            showProblem(words('invalid'), false);
            options.status.textContent = words('notSaved');
            return null;
          }
          if (!response.ok) {
            throw new Error('save failed');
          }
          return body;
        });
      }).then(function (body) {
        if (!body) {
          return;
        }
        overwrite = false;
        forgetLocal();
        clearInvalid();
        problem.hidden = true;
        form.querySelectorAll('[name="' + versionField.name + '"]').forEach(function (field) {
          field.value = options.versionOf(body);
        });
        options.status.textContent = words('saved', body.savedAt);
        document.dispatchEvent(new CustomEvent('holdspace:server-reached'));
        if (options.onSaved) {
          options.onSaved(body);
        }
      }).catch(function () {
        showProblem(words('offline'), false);
        window.setTimeout(save, RETRY_MS);
      }).then(function () {
        sending = false;
        if (again && !pendingSubmit) {
          again = false;
          save();
        }
        submitIfWaiting();
      });
    }

    function changed(event) {
      var now = options.onChange ? options.onChange(event) : false;
      window.clearTimeout(timer);
      if (now) {
        save();
      } else {
        timer = window.setTimeout(save, SAVE_DELAY_MS);
      }
    }

    form.addEventListener('input', changed);
    form.addEventListener('change', changed);
    window.addEventListener('online', save);
    // leaving the page before the next save (another form sent, a link followed): keep what was typed
    window.addEventListener('pagehide', function () {
      if (timer !== null) {
        keepLocally();
      }
    });
    problem.querySelector('[data-keep-mine]').addEventListener('click', function () {
      overwrite = true;
      save();
    });

    // Sending the form sends every answer anyway, but with the version of this page's last save:
    // wait for a save in flight, so that the page's own autosave is not taken for another device.
    form.addEventListener('submit', function (event) {
      window.clearTimeout(timer);
      timer = null;
      if (sending) {
        event.preventDefault();
        pendingSubmit = { submitter: event.submitter || null };
      }
    });
    // Another form on the page that leaves it (not a one-tap form) waits for the typing to be saved.
    document.addEventListener('submit', function (event) {
      var other = event.target;
      if (other === form || other.hasAttribute('data-quick') || event.defaultPrevented) {
        return;
      }
      if (timer !== null || sending) {
        event.preventDefault();
        pendingSubmit = { form: other, submitter: event.submitter || null };
        save();
      }
    });

    function submitIfWaiting() {
      if (pendingSubmit && !sending) {
        var target = pendingSubmit.form || form;
        var submitter = pendingSubmit.submitter;
        pendingSubmit = null;
        delete target.dataset.submitting;
        if (submitter && target.requestSubmit) {
          target.requestSubmit(submitter);
        } else {
          if (submitter && submitter.formAction) {
            target.action = submitter.formAction;
          }
          target.submit();
        }
      }
    }

    // Answers that never reached the server (offline, signed out) come back. When nobody saved in
    // the meantime they are sent at once; otherwise the person chooses, as with any conflict.
    var kept = keptAnswers();
    if (kept) {
      restore(kept);
      if (options.onRestored) {
        options.onRestored();
      }
      if (kept.basedOn === loadedOnVersion) {
        showProblem(words('restored'), false);
        save();
      } else {
        showProblem(words('restoredConflict'), true);
      }
    }

    return {
      save: save,
      forget: forgetLocal,
      // what is typed goes now rather than after the pause (the person moved on to another step)
      flush: function () {
        if (timer !== null) {
          save();
        }
      },
      // a save is waiting or on its way: its answer comes as "holdspace:server-reached"
      busy: function () { return timer !== null || sending; }
    };
  }

  window.Holdspace = window.Holdspace || {};
  window.Holdspace.autosave = autosave;
})();
