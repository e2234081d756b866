(function () {
  'use strict';
  var doc = document;
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };
  doc.documentElement.classList.add('js');
  var table = doc.querySelector('table.facts');
  var facts = table ? Array.prototype.slice.call(table.tBodies) : [];
  var selects = doc.querySelectorAll('[data-filter]');
  var shown = doc.querySelector('[data-facts-shown]');

  function expand(body, open) {
    body.querySelector('button.expand').setAttribute('aria-expanded', open ? 'true' : 'false');
    body.querySelector('tr.fact-detail').hidden = !open;
  }
  each(facts, function (body) {
    expand(body, false);
    body.querySelector('button.expand').addEventListener('click', function () {
      expand(body, this.getAttribute('aria-expanded') !== 'true');
    });
  });

  function filter() {
    var count = 0;
    each(facts, function (body) {
      var match = Array.prototype.every.call(selects, function (select) {
        return select.value === '' || body.getAttribute('data-' + select.getAttribute('data-filter')) === select.value;
      });
      body.hidden = !match;
      if (match) count++;
    });
    if (shown) shown.textContent = count + ' of ' + facts.length + ' facts shown';
  }
  each(selects, function (select) { select.addEventListener('change', filter); });
  var form = doc.querySelector('[data-filters]');
  if (form) form.addEventListener('submit', function (event) { event.preventDefault(); });

  var headers = table ? table.querySelectorAll('th[aria-sort]') : [];
  each(headers, function (th) {
    var button = th.querySelector('button');
    button.addEventListener('click', function () {
      var key = button.getAttribute('data-sort');
      var numeric = key === 'value' || key === 'sources';
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      each(headers, function (h) { h.setAttribute('aria-sort', 'none'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      facts.slice().sort(function (a, b) {
        var x = a.getAttribute('data-' + key), y = b.getAttribute('data-' + key);
        var order = numeric ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
        return ascending ? order : -order;
      }).forEach(function (body) { table.appendChild(body); });
    });
  });

  // A deep link may point into a collapsed fact, a closed <details> or a filtered-out row: open the way to it.
  function follow() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && doc.getElementById(id);
    if (!target) return;
    for (var el = target; el; el = el.parentElement) {
      if (el.tagName === 'DETAILS') el.open = true;
      if (el.tagName === 'TBODY' && el.hidden) {
        each(selects, function (select) { select.value = ''; });
        filter();
      }
      if (el.tagName === 'TBODY' && el.classList.contains('fact')) expand(el, true);
    }
    each(doc.querySelectorAll('.targeted'), function (el) { el.classList.remove('targeted'); });
    target.classList.add('targeted');
    var focus = target.classList.contains('fact') ? target.querySelector('button.expand') : target;
    if (!focus.matches('a[href], button, [tabindex]')) focus.setAttribute('tabindex', '-1');
    focus.focus({ preventScroll: true });
    // A figure is shown mid-screen, with the sentences around it; a fact, claim or source from its top.
    target.scrollIntoView({ block: target.tagName === 'A' ? 'center' : 'start' });
  }
  window.addEventListener('hashchange', follow);
  // Following a link to the fragment already in the address bar fires no hashchange, yet the reader may have closed it since.
  doc.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[href^="#"]');
    if (link && link.getAttribute('href') === location.hash) setTimeout(follow, 0);
  });
  follow();
})();
