// Cluster tiers: the threshold each cluster aims at, and the reported size where there is one.
(function () {
  "use strict";
  var tiers = JSON.parse(document.getElementById("tier-data").textContent);
  var el = document.getElementById("tier-chart");
  if (!tiers.length) { el.hidden = true; return; }
  function number(text) { var m = /([0-9.]+)/.exec(text || ""); return m ? parseFloat(m[1]) : null; }
  var chart = echarts.init(el);
  chart.setOption({
    animation: false,
    tooltip: { trigger: "axis" },
    legend: { data: ["门槛（目标）", "已报道规模"] },
    xAxis: { type: "category", data: tiers.map(function (t) { return t.name; }) },
    yAxis: { type: "value", name: "亿元" },
    series: [
      { name: "门槛（目标）", type: "bar", data: tiers.map(function (t) { return number(t.threshold); }),
        itemStyle: { color: "#bcccdc" } },
      { name: "已报道规模", type: "bar", data: tiers.map(function (t) { return t.size ? number(t.size.value) : null; }),
        itemStyle: { color: "#0b6e99" } }
    ]
  });
})();
