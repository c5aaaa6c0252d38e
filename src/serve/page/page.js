// leadrules: the committee's page. It calls the service's own API (/v1/explain, /v1/check,
// /v1/moved) in the page's language. Every text it shows comes from the service (the words below,
// the API's answers) and is put in as text, never as markup. With a token, the token typed is
// kept in this tab's sessionStorage and sent as `Authorization: Bearer`. While the tab is in
// view it looks at /v1/definition every few seconds: when another version is in force, the
// definition's page shows it at once (the values typed are kept), and the editor, whose text may
// hold an edit, says so and offers to load it.
(function () {
  "use strict";
  var body = document.body;
  var lang = body.getAttribute("data-lang") || "en";
  var words = JSON.parse(document.getElementById("words").textContent);
  var TOKEN = "leadrules-token";

  function token() {
    try { return sessionStorage.getItem(TOKEN); } catch (e) { return null; }
  }
  function headers(type) {
    var h = { "Accept-Language": lang };
    var t = token();
    if (t) h.Authorization = "Bearer " + t;
    if (type) h["Content-Type"] = type;
    return h;
  }
  function call(path, type, text) {
    return fetch(path, { method: "POST", headers: headers(type), body: text }).then(function (r) {
      return r.text().then(function (t) {
        var data = null;
        try { data = JSON.parse(t); } catch (e) { data = null; }
        return { status: r.status, data: data };
      });
    });
  }
  function clear(el) {
    while (el.firstChild) el.removeChild(el.firstChild);
  }
  function add(parent, tag, cls, text) {
    var el = document.createElement(tag);
    if (cls) el.className = cls;
    if (text !== undefined && text !== null) el.textContent = text;
    parent.appendChild(el);
    return el;
  }
  function later(f, ms) {
    var t = null;
    return function () { clearTimeout(t); t = setTimeout(f, ms); };
  }
  function status(el, text, bad) {
    el.textContent = text || "";
    el.classList.toggle("bad", !!bad);
  }
  function problemOf(a) {
    return (a.data && a.data.message) || words.unreachable;
  }

  // The token: asked once, kept for the tab; the content is fetched with it.
  function unlock() {
    var part = body.getAttribute("data-part");
    if (!part) { start(); return; }
    var form = document.getElementById("token-form");
    var said = document.getElementById("token-status");
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      try { sessionStorage.setItem(TOKEN, document.getElementById("token").value.trim()); } catch (err) { /* private mode */ }
      load(part, said);
    });
    if (token()) load(part, said);
  }
  function load(part, said) {
    fetch(part, { headers: headers() }).then(function (r) {
      if (r.status === 401) {
        try { sessionStorage.removeItem(TOKEN); } catch (e) { /* private mode */ }
        status(said, words.tokenRefused, true);
        return null;
      }
      return r.text().then(function (html) {
        // The service's own HTML, every text in it escaped where it was written.
        document.getElementById("content").innerHTML = html;
        body.removeAttribute("data-part");
        start();
      });
    }).catch(function () { status(said, words.unreachable, true); });
  }

  function start() {
    if (document.getElementById("lead-form")) tryLead();
    if (document.getElementById("rules")) editor();
    if (!watching) { watching = true; setInterval(watch, 2000); }
  }

  // A new version: the version shown is the one `#in-force` names.
  var watching = false;
  var looking = false;
  function shown() {
    var el = document.getElementById("in-force");
    return el ? el.getAttribute("data-digest") : null;
  }
  function watch() {
    if (looking || document.hidden || !shown()) return;
    looking = true;
    fetch("/v1/definition", { headers: headers() }).then(function (r) {
      return r.status === 200 ? r.json() : null;
    }).then(function (d) {
      looking = false;
      if (!d || !d.digest || d.digest === shown()) return;
      if (document.getElementById("rules")) offer(d); else refresh(d);
    }).catch(function () { looking = false; });
  }
  function part() {
    return (body.getAttribute("data-view") === "edit" ? "/page/edit" : "/page/home") + "?lang=" + lang;
  }
  // The version in force fetched and put in place; `keep` carries the values typed over.
  function replace(d, keep) {
    return fetch(part(), { headers: headers() }).then(function (r) {
      if (r.status !== 200) return;
      return r.text().then(function (html) {
        var typed = {};
        if (keep) {
          var controls = document.querySelectorAll("#lead-form [name]");
          for (var i = 0; i < controls.length; i++) typed[controls[i].name] = controls[i].value;
        }
        // The service's own HTML, every text in it escaped where it was written.
        document.getElementById("content").innerHTML = html;
        var now = document.querySelectorAll("#lead-form [name]");
        for (var j = 0; j < now.length; j++) {
          if (Object.prototype.hasOwnProperty.call(typed, now[j].name)) now[j].value = typed[now[j].name];
        }
        var note = document.getElementById("in-force");
        note.hidden = false;
        note.textContent = words.updated + " " + versionOf(d);
        start();
      });
    });
  }
  function versionOf(d) {
    return "“" + d.name + "”" + (d.version ? " " + words.version + " " + d.version : "") + " (" + d.digest.slice(0, 19) + "…)";
  }
  function refresh(d) { replace(d, true).catch(function () { /* looked at again soon */ }); }
  // The editor's text may hold an edit: the new version is offered, not put over it.
  function offer(d) {
    var note = document.getElementById("in-force");
    if (note.getAttribute("data-offered") === d.digest) return;
    note.setAttribute("data-offered", d.digest);
    note.hidden = false;
    clear(note);
    note.appendChild(document.createTextNode(words.newInForce + " " + versionOf(d) + " "));
    var button = add(note, "button", null, words.loadNew);
    button.type = "button";
    button.id = "load-new";
    button.addEventListener("click", function () { replace(d, false); });
  }

  // The form: the lead typed so far, judged as it is typed.
  function tryLead() {
    var form = document.getElementById("lead-form");
    var said = document.getElementById("verdict-status");
    var result = document.getElementById("result");
    var asked = 0;
    var controls = form.querySelectorAll("[name]");
    function problemPlace(c) { return c.parentNode.querySelector(".problem"); }
    function lead() {
      var object = {};
      var any = false;
      for (var i = 0; i < controls.length; i++) {
        var c = controls[i];
        var v = c.value.trim();
        c.removeAttribute("aria-invalid");
        problemPlace(c).textContent = "";
        if (v === "") continue;
        if (c.type === "datetime-local") v = v.replace("T", " ");
        object[c.name] = v;
        any = true;
      }
      return any ? object : null;
    }
    function judge() {
      var n = ++asked;
      var object = lead();
      if (!object) { show(null); status(said, ""); return; }
      status(said, words.judging);
      result.setAttribute("aria-busy", "true");
      call("/v1/explain", "application/json", JSON.stringify(object)).then(function (a) {
        if (n !== asked) return;
        result.removeAttribute("aria-busy");
        if (a.status === 200 && a.data) { status(said, ""); show(a.data); return; }
        show(null);
        status(said, problemOf(a), true);
        var leads = a.data && a.data.leads;
        var fields = (leads && leads[0] && leads[0].fields) || [];
        fields.forEach(function (f) {
          for (var i = 0; i < controls.length; i++) {
            if (controls[i].name === f.column) {
              controls[i].setAttribute("aria-invalid", "true");
              problemPlace(controls[i]).textContent = f.problem;
            }
          }
        });
      }).catch(function () {
        if (n === asked) { result.removeAttribute("aria-busy"); status(said, words.unreachable, true); }
      });
    }
    function show(data) {
      var verdict = (data && data.verdict) || {};
      var rows = document.querySelectorAll("#verdict [data-row]");
      for (var i = 0; i < rows.length; i++) {
        var key = rows[i].getAttribute("data-row");
        var value = verdict[key];
        rows[i].hidden = value === undefined || value === null;
        rows[i].querySelector("dd").textContent = value === undefined || value === null ? "" : String(value);
      }
      var questions = document.getElementById("questions");
      clear(questions);
      if (data) {
        var asked = verdict.questions ? String(verdict.questions).split(" | ") : [];
        if (asked.length === 0) add(questions, "li", "none", words.noQuestions);
        asked.forEach(function (q) { add(questions, "li", null, q); });
      }
      document.getElementById("explanation").textContent = (data && data.explanation) || "";
    }
    var soon = later(judge, 150);
    form.addEventListener("input", soon);
    form.addEventListener("change", soon);
    form.addEventListener("submit", function (e) { e.preventDefault(); judge(); });
    judge();
  }

  // The editor: the text checked as it is typed, and the verdicts it would move.
  function editor() {
    var area = document.getElementById("rules");
    var checkSaid = document.getElementById("check-status");
    var list = document.getElementById("diagnostics");
    var movedSaid = document.getElementById("moved-status");
    var table = document.getElementById("moved");
    var asked = 0;
    function run() {
      var n = ++asked;
      var text = area.value;
      status(checkSaid, words.checking);
      status(movedSaid, words.comparing);
      call("/v1/check", "text/plain; charset=utf-8", text).then(function (a) {
        if (n !== asked) return;
        if (a.status === 200 && Array.isArray(a.data)) diagnostics(a.data);
        else status(checkSaid, problemOf(a), true);
      }).catch(function () { if (n === asked) status(checkSaid, words.unreachable, true); });
      call("/v1/moved", "text/plain; charset=utf-8", text).then(function (a) {
        if (n !== asked) return;
        if (a.status === 200 && a.data) moved(a.data);
        else status(movedSaid, problemOf(a), true);
      }).catch(function () { if (n === asked) status(movedSaid, words.unreachable, true); });
    }
    function goTo(line) {
      var lines = area.value.split("\n");
      var at = 0;
      for (var i = 0; i < line - 1 && i < lines.length; i++) at += lines[i].length + 1;
      area.focus();
      area.setSelectionRange(at, at + (lines[line - 1] || "").length);
    }
    // A diagnostic in a used file opens that file's read-only text.
    function openUsed(file) {
      var used = document.querySelectorAll("details.used-file");
      for (var i = 0; i < used.length; i++) {
        if (used[i].getAttribute("data-file") === file) { used[i].open = true; used[i].scrollIntoView(); }
      }
    }
    function diagnostics(found) {
      clear(list);
      status(checkSaid, found.length ? "" : words.noProblems);
      found.forEach(function (d) {
        var error = d.severity === "error";
        var li = add(list, "li", error ? "error" : "warning");
        add(li, "span", "severity", error ? words.error : words.warning);
        if (d.code) { li.appendChild(document.createTextNode(" ")); add(li, "code", "code", d.code); }
        var p = d.position;
        if (p) {
          var where = " " + words.line + " " + p.line + ", " + words.column + " " + p.column;
          if (d.file && d.file !== area.getAttribute("data-file")) where = " " + d.file + ":" + where;
          add(li, "span", "where", where);
          if (!d.file || d.file === area.getAttribute("data-file")) {
            li.addEventListener("click", function () { goTo(p.line); });
          } else {
            li.addEventListener("click", function () { openUsed(d.file); });
          }
        }
        add(li, "div", "message", d.message);
        if (d.help) add(li, "div", "help", words.help + ": " + d.help);
        (d.notes || []).forEach(function (n) { add(li, "div", "note", words.note + ": " + n); });
      });
    }
    function verdictText(v) {
      return String(v["class"]) + (v.temperature ? " · " + v.temperature : "");
    }
    function moved(data) {
      var tbody = table.tBodies[0];
      clear(tbody);
      var said = [];
      if (data.refused) said.push(data.refused);
      said.push(data.summary);
      if (data.sample_problem) said.push(data.sample_problem);
      status(movedSaid, said.join(" "), !!(data.refused || data.sample_problem));
      table.hidden = data.moved.length === 0;
      data.moved.forEach(function (m) {
        var tr = add(tbody, "tr");
        var lead = add(tr, "td", "lead", m.lead);
        add(lead, "div", "from", words[m.source] || m.source);
        add(tr, "td", "before", verdictText(m.before));
        add(tr, "td", "after", verdictText(m.after));
        add(tr, "td", "rule", m.after.decided_by || "");
      });
    }
    area.addEventListener("input", later(run, 250));
    run();
  }

  unlock();
})();
