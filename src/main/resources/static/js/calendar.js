// The calendar grid: a tap on free time books (or moves a session) at the start under the finger.
// Without this script a free stretch books at its first start, as its link says.
(function () {
  'use strict';

  function minutes(text) {
    var parts = text.split(':');
    return parseInt(parts[0], 10) * 60 + parseInt(parts[1], 10);
  }

  function clock(total) {
    var hours = Math.floor(total / 60) % 24;
    var mins = total % 60;
    return (hours < 10 ? '0' : '') + hours + ':' + (mins < 10 ? '0' : '') + mins;
  }

  // The start under a point of the stretch: whole steps down from its first start, never past its last.
  function startAt(link, clientY) {
    var first = minutes(link.dataset.first);
    var last = minutes(link.dataset.last);
    var step = parseInt(link.dataset.step, 10) || 15;
    var box = link.getBoundingClientRect();
    var span = Math.max(last + step - first, step);
    var offset = Math.floor(((clientY - box.top) / box.height) * span / step) * step;
    return clock(Math.min(last, first + Math.max(0, offset)));
  }

  function at(link, time) {
    var url = new URL(link.href, window.location.href);
    if (time !== link.dataset.first && !link.hasAttribute('data-room-fixed')) {
      // the room free at the first start may not be free later: the server picks one
      // (on a room's own calendar the room is the point, and stays)
      url.searchParams.delete('roomId');
    }
    url.searchParams.set('time', time);
    return url.toString();
  }

  document.querySelectorAll('.cal-free[data-first]').forEach(function (link) {
    if (link.dataset.first === link.dataset.last) {
      return;
    }
    link.addEventListener('pointermove', function (event) {
      link.dataset.at = startAt(link, event.clientY);
    });
    link.addEventListener('pointerleave', function () {
      delete link.dataset.at;
    });
    link.addEventListener('click', function (event) {
      // a key press (detail 0) keeps the link's own first start
      if (event.detail === 0 || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) {
        return;
      }
      event.preventDefault();
      window.location.assign(at(link, startAt(link, event.clientY)));
    });
  });
}());
