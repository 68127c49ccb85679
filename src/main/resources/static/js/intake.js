// The SAFE intake on a tablet: autosave, offline keeping, live flags, body map, crisis contacts.
// Served by Holdspace itself; the Content-Security-Policy forbids inline script.
(function () {
  'use strict';

  var SAVE_DELAY_MS = 2500;
  var RETRY_MS = 15000;
  var FLAG_POLL_MS = 8000;
  var URGENT_QUESTIONS = ['suicidalThoughts', 'flashbacks'];

  var text = document.getElementById('autosave-text');
  function words(key, time) {
    var value = (text && text.dataset[key]) || '';
    return time ? value.replace('{time}', time) : value;
  }

  // ---- flags: drawn from JSON with textContent only, never as HTML ----
  function drawFlags(container, flags) {
    var list = container.querySelector('[data-flag-banners]');
    var drawn = JSON.stringify(flags);
    if (!list || container.dataset.drawn === drawn) {
      return; // unchanged: leave screen readers in peace
    }
    container.dataset.drawn = drawn;
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    flags.forEach(function (flag) {
      var banner = document.createElement('div');
      banner.className = 'flag flag-' + flag.kind + (flag.urgent ? ' flag-urgent' : '');
      if (flag.urgent) {
        banner.setAttribute('role', 'alert');
      }
      var title = document.createElement('strong');
      title.textContent = flag.title;
      banner.appendChild(title);
      if (flag.fromDraft) {
        var pill = document.createElement('span');
        pill.className = 'pill';
        pill.textContent = words('fromDraft');
        banner.appendChild(document.createTextNode(' '));
        banner.appendChild(pill);
      }
      var reasons = document.createElement('span');
      reasons.className = 'flag-reasons';
      reasons.textContent = words('raisedBy') + ' ' + flag.reasons.join('; ');
      banner.appendChild(document.createTextNode(' '));
      banner.appendChild(reasons);
      list.appendChild(banner);
    });
  }

  // Other devices may be filling in the intake (the client on the clinic tablet): poll its flags.
  document.querySelectorAll('[data-flags-url]').forEach(function (container) {
    function poll() {
      fetch(container.dataset.flagsUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (body) { if (body) { drawFlags(container, body.flags); } })
        .catch(function () { /* try again at the next tick */ });
    }
    window.setInterval(poll, FLAG_POLL_MS);
  });

  // A page that confirms the intake was saved lets go of what this tab was keeping for it.
  document.querySelectorAll('[data-forget-kept]').forEach(function (marker) {
    try {
      window.sessionStorage.removeItem(marker.dataset.forgetKept);
    } catch (ignored) { /* storage unavailable */ }
  });

  var form = document.getElementById('intake-form');
  if (!form) {
    return;
  }

  var status = document.getElementById('save-status');
  var problem = document.getElementById('autosave-problem');
  var liveFlags = document.getElementById('live-flags');
  var storageKey = form.dataset.draftKey;
  var timer = null;
  var sending = false;
  var again = false;
  var overwrite = false;

  function showProblem(message, offerKeepMine) {
    problem.querySelector('[data-message]').textContent = message;
    problem.querySelector('[data-keep-mine]').hidden = !offerKeepMine;
    problem.hidden = false;
  }

  // Unsent answers wait in this tab's session storage (gone when the tab closes or staff sign
  // out), under the signed-in person's key, with the draft version they were typed on.
  var KEEP_FOR_MS = 12 * 60 * 60 * 1000;
  var draftVersionField = form.querySelector('input[name="draftVersion"]');
  var loadedOnVersion = draftVersionField.value;

  function keepLocally() {
    var entries = [];
    new FormData(form).forEach(function (value, name) {
      if (name !== '_csrf' && name !== 'draftVersion') {
        entries.push([name, value]);
      }
    });
    try {
      window.sessionStorage.setItem(storageKey,
        JSON.stringify({ keptAt: Date.now(), basedOn: draftVersionField.value, entries: entries }));
    } catch (full) { /* nothing more can be done offline */ }
  }

  function forgetLocal() {
    try {
      window.sessionStorage.removeItem(storageKey);
    } catch (ignored) { /* storage unavailable */ }
  }

  function keptAnswers() {
    var kept;
    try {
      kept = JSON.parse(window.sessionStorage.getItem(storageKey) || 'null');
    } catch (broken) {
      kept = null;
    }
    if (!kept || !kept.entries || Date.now() - kept.keptAt > KEEP_FOR_MS) {
      forgetLocal();
      return null;
    }
    return kept;
  }

  function restoreLocal(kept) {
    var values = {};
    kept.entries.forEach(function (pair) { values[pair[0]] = pair[1]; });
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || field.name === '_csrf' || field.name === 'draftVersion' || !(field.name in values)) {
        if (field.type === 'checkbox' && field.name && !(field.name in values) && ('_' + field.name) in values) {
          field.checked = false;
        }
        return;
      }
      if (field.type === 'radio' || field.type === 'checkbox') {
        field.checked = values[field.name] === field.value;
      } else {
        field.value = values[field.name];
      }
    });
    return true;
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
    if (sending) {
      again = true;
      return;
    }
    sending = true;
    keepLocally();
    status.textContent = words('saving');
    var csrf = form.querySelector('input[name="_csrf"]');
    fetch(form.dataset.autosaveUrl, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json', 'X-CSRF-TOKEN': csrf ? csrf.value : '' },
      body: payload()
    }).then(function (response) {
      var isJson = (response.headers.get('Content-Type') || '').indexOf('application/json') === 0;
      if (response.redirected || response.status === 401 || response.status === 403
          || (!isJson && response.ok)) {
        // the session ended: the server answered with the sign-in page
        showProblem(words('signedOut'), false);
        status.textContent = words('notSaved');
        return null;
      }
      if (!isJson) {
        throw new Error('save failed'); // a server error: keep the answers and try again
      }
      return response.json().then(function (body) {
        if (response.status === 409) {
          showProblem(words('conflict', body.changedAt), true);
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
      problem.hidden = true;
      draftVersionField.value = body.draftVersion;
      status.textContent = words('saved', body.savedAt);
      if (liveFlags && body.flags) {
        drawFlags(liveFlags, body.flags);
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
    var name = event.target && event.target.name;
    var urgent = URGENT_QUESTIONS.some(function (question) { return name === question; });
    updateCrisis();
    window.clearTimeout(timer);
    if (urgent) {
      save();
    } else {
      timer = window.setTimeout(save, SAVE_DELAY_MS);
    }
  }

  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  window.addEventListener('online', save);
  problem.querySelector('[data-keep-mine]').addEventListener('click', function () {
    overwrite = true;
    save();
  });
  // Completing sends everything anyway, but with the draft version of this page's last save:
  // wait for a save in flight, so that this page's own autosave is not mistaken for another device.
  var pendingSubmit = false;
  form.addEventListener('submit', function (event) {
    window.clearTimeout(timer);
    if (sending) {
      event.preventDefault();
      pendingSubmit = true;
    }
  });
  function submitIfWaiting() {
    if (pendingSubmit && !sending) {
      pendingSubmit = false;
      form.submit();
    }
  }

  // ---- crisis contacts, shown calmly the moment a client discloses ----
  var crisis = document.getElementById('crisis');
  function updateCrisis() {
    if (!crisis) {
      return;
    }
    var disclosed = URGENT_QUESTIONS.some(function (question) {
      var yes = form.querySelector('input[name="' + question + '"][value="true"]');
      return yes && yes.checked;
    });
    crisis.hidden = !disclosed;
  }

  // ---- body map: tap, click, Enter or Space cycles fine -> with care -> avoid -> fine ----
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
    shape.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' || event.key === ' ') {
        cycle(event);
      }
    });
  });
  form.querySelectorAll('select[data-region-select]').forEach(function (select) {
    select.addEventListener('change', function () {
      var shape = form.querySelector('.region[data-region="' + select.dataset.regionSelect + '"]');
      if (shape) {
        paint(shape, select.value);
      }
    });
  });

  // Answers that never reached the server (offline, signed out) come back. When nobody saved in
  // the meantime they are sent at once; otherwise the person chooses, as with any conflict.
  var kept = keptAnswers();
  if (kept) {
    restoreLocal(kept);
    form.querySelectorAll('select[data-region-select]').forEach(function (select) {
      var shape = form.querySelector('.region[data-region="' + select.dataset.regionSelect + '"]');
      if (shape) {
        paint(shape, select.value);
      }
    });
    if (kept.basedOn === loadedOnVersion) {
      showProblem(words('restored'), false);
      save();
    } else {
      showProblem(words('restoredConflict'), true);
    }
  }
  updateCrisis();
})();
