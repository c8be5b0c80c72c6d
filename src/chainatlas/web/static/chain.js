// The chain map: stages left to right (upstream to downstream), nodes coloured by verdict.
// Names are set as text (textContent), never as HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("chain-data").textContent);
  var map = data.map, colours = data.colours;
  var byKey = {};
  map.nodes.forEach(function (n) { byKey[n.key] = n; });
  var nodes = [];
  map.stages.forEach(function (stage, i) {
    stage.nodes.forEach(function (key, j) {
      var n = byKey[key];
      if (!n) { return; }
      nodes.push({
        id: key, name: n.name, x: i * 220, y: j * 90,
        symbolSize: 26 + Math.min(n.enterprises.length, 10) * 3,
        itemStyle: { color: colours[n.verdict] || "#9aa5b1" },
        label: { show: true, position: "bottom", formatter: n.name }
      });
    });
  });
  var links = [];
  map.nodes.forEach(function (n) {
    n.downstream.forEach(function (t) { if (byKey[t]) { links.push({ source: n.key, target: t }); } });
  });
  var chart = echarts.init(document.getElementById("chain-chart"));
  chart.setOption({
    animation: false,
    tooltip: { formatter: function (p) {
      var n = byKey[p.data.id];
      if (!n) { return ""; }
      return echarts.format.encodeHTML(n.name + "：" + n.enterprises.length + " 家企业");
    } },
    series: [{
      type: "graph", layout: "none", roam: true, data: nodes, links: links,
      edgeSymbol: ["none", "arrow"], edgeSymbolSize: 8,
      lineStyle: { color: "#9aa5b1", curveness: 0.1 }
    }]
  });
  window.chainChart = chart;
  function show(key) {
    var n = byKey[key];
    var panel = document.getElementById("node-panel");
    document.getElementById("node-title").textContent = n.name;
    document.getElementById("node-reasons").textContent =
      n.verdict_label.zh + "：" + n.reasons.map(function (r) { return r.zh; }).join("；");
    var list = document.getElementById("node-enterprises");
    list.textContent = "";
    if (!n.enterprises.length) {
      var none = document.createElement("li");
      none.textContent = "该环节暂无企业";
      list.appendChild(none);
    }
    n.enterprises.forEach(function (e) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = "/enterprises/" + encodeURIComponent(e.key);
      a.textContent = e.name;
      li.appendChild(a);
      if (e.leader) { var tag = document.createElement("span"); tag.className = "tag"; tag.textContent = "链主"; li.appendChild(tag); }
      list.appendChild(li);
    });
    document.getElementById("node-all").href = "/enterprises?node=" + encodeURIComponent(map.chain + "/" + key);
    panel.hidden = false;
  }
  chart.on("click", function (p) { if (p.dataType === "node") { show(p.data.id); } });
  window.showChainNode = show;
  window.addEventListener("resize", function () { chart.resize(); });
})();
