// Draws every chart of a console page. Each chart's ECharts option is built on the server and given as JSON in the
// element's data-chart attribute, so the pages need no inline script (the console's CSP allows scripts from this
// origin only; ECharts itself is served from the local webjar).
(function () {
  'use strict';
  function money(value) {
    return typeof value === 'number' ? value.toLocaleString('zh-CN', {maximumFractionDigits: 2}) : value;
  }
  function draw() {
    document.querySelectorAll('[data-chart]').forEach(function (element) {
      var option = JSON.parse(element.getAttribute('data-chart'));
      if (option.tooltip) {
        option.tooltip.valueFormatter = money;
      }
      var chart = echarts.init(element);
      chart.setOption(option);
      window.addEventListener('resize', function () { chart.resize(); });
      element.setAttribute('data-rendered', 'true');
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
