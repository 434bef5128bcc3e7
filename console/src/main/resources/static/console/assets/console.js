// The console's only script. Draws every chart of a page (each chart's ECharts option is built on the server and
// given as JSON in the element's data-chart attribute, so the pages need no inline script: the console's CSP allows
// scripts from this origin only), keeps a form's Idempotency-Key with the form's content across Back and reload, and
// shows how far a large import has come.
(function () {
  'use strict';
  function money(value) {
    return typeof value === 'number' ? value.toLocaleString('zh-CN', {maximumFractionDigits: 2}) : value;
  }
  function draw() {
    if (typeof echarts === 'undefined') {
      return;
    }
    document.querySelectorAll('[data-chart]').forEach(function (element) {
      var option = JSON.parse(element.getAttribute('data-chart'));
      if (option.tooltip) {
        option.tooltip.valueFormatter = money;
      }
      var chart = echarts.init(element);
      chart.setOption(option);
      // a chart that names its list (data-click) opens the list filtered by what was clicked, scrolled to the list
      // when the chart names where it is on the page (data-click-anchor)
      var target = element.getAttribute('data-click');
      var anchor = element.getAttribute('data-click-anchor');
      if (target) {
        chart.on('click', function (params) {
          var value = params.data && params.data.key ? params.data.key : params.name;
          window.location.href = target + encodeURIComponent(value) + (anchor ? '#' + anchor : '');
        });
      }
      window.addEventListener('resize', function () { chart.resize(); });
      element.setAttribute('data-rendered', 'true');
    });
  }

  function freshKey() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return 'console-' + Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  // A form sent again with the same content (Back and submit, a reload) goes with the key it was first sent with, so
  // the command API answers the first result and records nothing new; a key already sent with other content is
  // replaced by a fresh one (the API would refuse it as reused). Kept per tab, for this form's address.
  function keepKeys() {
    var form = document.getElementById('command-form');
    if (!form || !window.sessionStorage) {
      return;
    }
    var store = 'ledger-form:' + form.getAttribute('action');
    var keyInput = form.querySelector('input[name=idempotencyKey]');
    // the form came back refused (or asking about a voucher): its key recorded nothing, the corrected form may reuse it
    if (document.getElementById('form-problem') || document.getElementById('voucher-reuse')) {
      try {
        var kept = JSON.parse(window.sessionStorage.getItem(store) || '[]')
            .filter(function (s) { return s.key !== keyInput.value; });
        window.sessionStorage.setItem(store, JSON.stringify(kept));
      } catch (e) {
        window.sessionStorage.removeItem(store);
      }
    }
    form.addEventListener('submit', function () {
      var data = new FormData(form);
      data.delete('idempotencyKey');
      data.delete('_csrf');
      var content = new URLSearchParams(data).toString();
      var sent;
      try {
        sent = JSON.parse(window.sessionStorage.getItem(store) || '[]');
      } catch (e) {
        sent = [];
      }
      var same = sent.filter(function (s) { return s.content === content; })[0];
      if (same) {
        keyInput.value = same.key;
        return;
      }
      if (sent.some(function (s) { return s.key === keyInput.value; })) {
        keyInput.value = freshKey();
      }
      sent.push({key: keyInput.value, content: content});
      window.sessionStorage.setItem(store, JSON.stringify(sent.slice(-20)));
    });
  }

  // A large import takes a while: while the console waits for the command API's answer, the page asks how far the
  // upload has come (the API's progress under the form's progressId, ADR 0024) and says so. The answer is the outcome.
  function showImportProgress() {
    var form = document.getElementById('import-form');
    var shown = document.getElementById('import-progress');
    if (!form || !shown || !window.fetch) {
      return;
    }
    function words(template, values) {
      return template.replace(/\{(\d)\}/g, function (all, i) { return values[Number(i)]; });
    }
    form.addEventListener('submit', function () {
      var file = form.querySelector('input[type=file]');
      if (!file || !file.files || file.files.length === 0) {
        return;
      }
      shown.hidden = false;
      shown.textContent = shown.getAttribute('data-reading');
      window.setInterval(function () {
        fetch(shown.getAttribute('data-progress-url'), {credentials: 'same-origin', headers: {Accept: 'application/json'}})
          .then(function (r) { return r.ok ? r.json() : null; })
          .then(function (p) {
            if (!p) {
              return;
            }
            if (p.phase === 'JUDGING') {
              shown.textContent = words(shown.getAttribute('data-judging'), [p.judged, p.rows]);
            } else if (p.phase === 'RECORDING') {
              shown.textContent = words(shown.getAttribute('data-recording'), [p.rows]);
            }
          })
          .catch(function () { /* the next tick asks again */ });
      }, 500);
    });
  }

  function start() {
    draw();
    keepKeys();
    showImportProgress();
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
