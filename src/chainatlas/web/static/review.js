// The review queue: accept, reject or edit a candidate through /api/review with the token
// the person entered (kept in sessionStorage for this tab only, sent as a Bearer token).
// Everything shown is set as text (textContent), never as HTML.
(function () {
  "use strict";
  var KEY = "chainatlas.reviewToken";
  // Labels of codes (verdicts, review states) from chainatlas.model.wording, set by the page.
  var LABELS = JSON.parse(document.getElementById("labels").textContent);
  var RESULT_WORDS = { fact: "事实", enterprise: "企业", platform: "平台", programme: "项目计划",
    person: "人物", region: "地区", event: "事件" };
  var ACTIONS = { created: "新建", alias: "已为已知主体添加别名", known: "已关联已知" };
  var tokenInput = document.getElementById("token");
  var tokenState = document.getElementById("token-state");

  function token() { return window.sessionStorage.getItem(KEY) || ""; }

  function showTokenState() {
    tokenState.textContent = token() ? "已设置令牌（仅保存在本标签页）" : "未设置令牌：只能查看";
  }

  document.getElementById("token-form").addEventListener("submit", function (e) {
    e.preventDefault();
    var value = tokenInput.value.trim();
    if (value) { window.sessionStorage.setItem(KEY, value); }
    tokenInput.value = "";
    showTokenState();
  });
  document.getElementById("token-clear").addEventListener("click", function () {
    window.sessionStorage.removeItem(KEY);
    showTokenState();
  });
  showTokenState();

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    if (cls) { node.className = cls; }
    return node;
  }

  function say(card, ok, parts) {
    var box = card.querySelector(".outcome");
    box.textContent = "";
    var p = el("div", null, "flash " + (ok ? "ok" : "bad"));
    parts.forEach(function (part) { p.appendChild(typeof part === "string" ? document.createTextNode(part) : part); });
    box.appendChild(p);
    return box;
  }

  function call(method, id, path, body) {
    var headers = { "Authorization": "Bearer " + token(), "Accept": "application/json" };
    if (body !== undefined) { headers["Content-Type"] = "application/json"; }
    return fetch("/api/review/" + encodeURIComponent(id) + path, {
      method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(function (data) { return { ok: response.ok, status: response.status, data: data }; });
    });
  }

  function refusal(result) {
    var message = (result.data && result.data.error && result.data.error.message) || "";
    if (result.status === 401) { return "令牌无效或缺失（" + message + "）"; }
    if (result.status === 403) { return "此令牌无权审核，需要编辑或管理员令牌（" + message + "）"; }
    return "未能完成（" + result.status + "）：" + message;
  }

  function settle(card, status, label) {
    var state = card.querySelector(".state");
    state.textContent = label;
    state.className = "state status-" + status;
    ["review-actions", "edit"].forEach(function (cls) {
      var node = card.querySelector("." + cls);
      if (node) { node.remove(); }
    });
  }

  function resultLink(result) {
    var word = RESULT_WORDS[result.kind] || result.kind;
    var href = result.kind === "fact" ? "/facts/" : result.kind === "enterprise" ? "/enterprises/" : null;
    var text = (ACTIONS[result.action] || "") + word + " " + result.key;
    if (!href) { return el("span", text); }
    var a = el("a", text, "result-link");
    a.href = href + encodeURIComponent(result.key);
    return a;
  }

  function showChecks(box, checks) {
    var wrap = el("div", null, "checks");
    wrap.appendChild(el("h3", "涉及此事实的校验"));
    if (!checks.length) { wrap.appendChild(el("p", "没有校验涉及此事实。", "muted")); }
    var list = el("ul");
    checks.forEach(function (c) {
      var li = el("li");
      li.appendChild(el("span", LABELS[c.verdict] || c.verdict, "status-" + c.verdict));
      li.appendChild(document.createTextNode(" " + (c.zh || c.detail || c.kind)));
      list.appendChild(li);
    });
    if (checks.length) { wrap.appendChild(list); }
    box.appendChild(wrap);
  }

  function decide(card, action) {
    if (!token()) { say(card, false, ["请先在上方输入编辑或管理员令牌。"]); return; }
    var id = card.getAttribute("data-id");
    call("POST", id, "/" + action).then(function (result) {
      if (!result.ok) { say(card, false, [refusal(result)]); return; }
      var record = result.data;
      if (action === "reject") {
        settle(card, "rejected", LABELS.rejected);
        say(card, true, [LABELS.rejected + "（" + record.reviewer + "）"]);
        return;
      }
      settle(card, "accepted", LABELS.accepted);
      var made = record.payload && record.payload.result;
      var box = say(card, true, made ? [LABELS.accepted + "：", resultLink(made)] : [LABELS.accepted]);
      if (record.checks) { showChecks(box, record.checks); }
    }).catch(function (err) { say(card, false, ["请求失败：" + err]); });
  }

  function edit(card, form) {
    if (!token()) { say(card, false, ["请先在上方输入编辑或管理员令牌。"]); return; }
    var changes = {};
    Array.prototype.forEach.call(form.querySelectorAll("input"), function (input) {
      if (input.value !== input.defaultValue) { changes[input.name] = input.value.trim() === "" ? null : input.value.trim(); }
    });
    if (!Object.keys(changes).length) { say(card, false, ["没有修改。"]); return; }
    call("PATCH", card.getAttribute("data-id"), "", changes).then(function (result) {
      if (!result.ok) { say(card, false, [refusal(result)]); return; }
      window.location.reload();
    }).catch(function (err) { say(card, false, ["请求失败：" + err]); });
  }

  document.getElementById("candidates").addEventListener("click", function (e) {
    var button = e.target.closest("button[data-action]");
    if (!button) { return; }
    decide(button.closest(".candidate"), button.getAttribute("data-action"));
  });
  document.getElementById("candidates").addEventListener("submit", function (e) {
    var form = e.target.closest(".edit-form");
    if (!form) { return; }
    e.preventDefault();
    edit(form.closest(".candidate"), form);
  });
}());
