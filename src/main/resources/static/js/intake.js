// The SAFE intake on a tablet: live flags, body map, crisis contacts; autosave.js keeps the answers.
// Served by Holdspace itself; the Content-Security-Policy forbids inline script.
(function () {
  'use strict';

  var FLAG_POLL_MS = 8000;
  var URGENT_QUESTIONS = ['suicidalThoughts', 'flashbacks'];

  var words = window.Holdspace.wordsFrom(document.getElementById('autosave-text'));

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

  var form = document.getElementById('intake-form');
  if (!form) {
    return;
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
  window.Holdspace.autosave(form, {
    versionField: form.querySelector('input[name="draftVersion"]'),
    versionOf: function (body) { return body.draftVersion; },
    status: document.getElementById('save-status'),
    problem: document.getElementById('autosave-problem'),
    words: words,
    storageKey: form.dataset.draftKey,
    onSaved: function (body) {
      if (liveFlags && body.flags) {
        drawFlags(liveFlags, body.flags);
      }
    },
    // a disclosure is saved at once, not a few seconds later
    onChange: function (event) {
      var name = event.target && event.target.name;
      updateCrisis();
      return URGENT_QUESTIONS.indexOf(name) >= 0;
    },
    onRestored: repaintMap
  });
  updateCrisis();
})();
