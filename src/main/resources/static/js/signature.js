// The signature pad: a finger, stylus or mouse draws strokes, kept as points on a 1000 x 400
// grid and sent as JSON in a hidden field. Served by Holdspace; no inline script is allowed.
(function () {
  'use strict';

  var pad = document.querySelector('[data-signature-pad]');
  if (!pad) {
    return;
  }
  var canvas = pad.querySelector('canvas');
  var field = document.getElementById('signature');
  var context = canvas.getContext('2d');
  var strokes = [];
  var current = null;

  function restore() {
    try {
      var saved = JSON.parse(field.value || '[]');
      if (Array.isArray(saved)) {
        strokes = saved;
      }
    } catch (notJson) {
      strokes = [];
    }
  }

  function draw() {
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.lineWidth = 5;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.strokeStyle = '#1f2a2e';
    strokes.forEach(function (stroke) {
      context.beginPath();
      stroke.forEach(function (point, index) {
        if (index === 0) {
          context.moveTo(point[0], point[1]);
        } else {
          context.lineTo(point[0], point[1]);
        }
      });
      context.stroke();
    });
  }

  function pointFrom(event) {
    var box = canvas.getBoundingClientRect();
    var x = Math.round((event.clientX - box.left) * canvas.width / box.width);
    var y = Math.round((event.clientY - box.top) * canvas.height / box.height);
    return [Math.max(0, Math.min(canvas.width, x)), Math.max(0, Math.min(canvas.height, y))];
  }

  function store() {
    field.value = strokes.length ? JSON.stringify(strokes) : '';
  }

  canvas.addEventListener('pointerdown', function (event) {
    if (!event.isPrimary) {
      return; // a second finger or a resting palm must not start another line
    }
    event.preventDefault();
    canvas.setPointerCapture(event.pointerId);
    current = [pointFrom(event)];
    strokes.push(current);
  });
  canvas.addEventListener('pointermove', function (event) {
    if (!current || !event.isPrimary) {
      return;
    }
    event.preventDefault();
    current.push(pointFrom(event));
    draw();
  });
  function finish() {
    if (current) {
      current = null;
      store();
      draw();
    }
  }
  canvas.addEventListener('pointerup', finish);
  canvas.addEventListener('pointercancel', finish);

  pad.querySelector('[data-clear]').addEventListener('click', function () {
    strokes = [];
    store();
    draw();
  });

  restore();
  draw();
})();
