// The notelint page: lints the note as you type and shows what notelint found.
// Everything the user wrote, and everything the server says, is put on the page
// with textContent (never as HTML), so a note containing markup stays text.
"use strict";

(function () {
  const DEBOUNCE_MS = 250;
  const SEVERITY_RANK = { info: 0, warning: 1, error: 2 };
  const ICONS = { error: "✖", warning: "▲", info: "ℹ", ready: "✓", empty: "✎", unchecked: "?" };

  const TEXTS = {
    en: {
      tagline: "Check your interview thank-you note before you send it",
      verdictLabel: "Verdict", verdictEmpty: "Write or paste your note below", checking: "Checking…",
      factsTitle: "About the interview (optional: makes the checks sharper)",
      interview: "Interview ended", sent: "You will send it", sentHint: "Leave empty for “now”",
      interviewer: "Interviewer", interviewerExample: "e.g. Ms. Priya Lee",
      company: "Company", companyExample: "e.g. Initech", role: "Role", roleExample: "e.g. Data Analyst",
      template: "This is a template (placeholders like [Name] are meant to be there)",
      noteLabel: "Your note", language: "Language:", languageChoice: "Check the note as",
      langAuto: "detect", langEn: "English", langDe: "German",
      notePlaceholder: "Dear Ms. Lee,\n\nThank you for taking the time to talk with me today about the Data Analyst role…",
      findingsTitle: "What notelint found",
      findingsNone: "Nothing yet: start writing and findings appear here as you type.",
      findingsClean: "Nothing to fix. Read it once more, then send it!",
      error: "Error", warning: "Warning", info: "Tip",
      legendNote: "Errors are underlined solid, warnings wavy, tips dotted.",
      privacy: "Your note stays on this computer: nothing is sent elsewhere or stored.",
      suggestion: "Try:", aboutRule: "Why? About this rule", showInNote: "Show in note",
      detected: "detected", chosen: "chosen", english: "English", german: "German", other: "other",
      offline: "notelint is not answering. Is “notelint serve” still running?",
      counts: (e, w, i) => [e && plural(e, "error", "errors"), w && plural(w, "warning", "warnings"),
        i && plural(i, "tip", "tips")].filter(Boolean).join(" · "),
    },
    de: {
      tagline: "Prüfen Sie Ihr Dankschreiben nach dem Vorstellungsgespräch, bevor Sie es senden",
      verdictLabel: "Ergebnis", verdictEmpty: "Schreiben oder fügen Sie Ihr Dankschreiben unten ein",
      checking: "Wird geprüft…",
      factsTitle: "Zum Gespräch (freiwillig: macht die Prüfung genauer)",
      interview: "Gespräch endete", sent: "Sie senden es", sentHint: "Leer lassen für „jetzt“",
      interviewer: "Gesprächspartner/in", interviewerExample: "z. B. Frau Dr. Weber",
      company: "Unternehmen", companyExample: "z. B. Initech", role: "Stelle", roleExample: "z. B. Data Analyst",
      template: "Das ist eine Vorlage (Platzhalter wie [Name] sind gewollt)",
      noteLabel: "Ihr Dankschreiben", language: "Sprache:", languageChoice: "Prüfen als",
      langAuto: "erkennen", langEn: "Englisch", langDe: "Deutsch",
      notePlaceholder: "Sehr geehrte Frau Dr. Weber,\n\nvielen Dank für das freundliche Gespräch heute…",
      findingsTitle: "Was notelint gefunden hat",
      findingsNone: "Noch nichts: Beim Schreiben erscheinen die Hinweise hier.",
      findingsClean: "Nichts zu beheben. Noch einmal lesen, dann absenden!",
      error: "Fehler", warning: "Warnung", info: "Hinweis",
      legendNote: "Fehler sind durchgehend unterstrichen, Warnungen gewellt, Hinweise gepunktet.",
      privacy: "Ihr Text bleibt auf diesem Computer: nichts wird weitergegeben oder gespeichert.",
      suggestion: "Besser:", aboutRule: "Warum? Über diese Regel", showInNote: "Im Text zeigen",
      detected: "erkannt", chosen: "gewählt", english: "Englisch", german: "Deutsch", other: "andere",
      offline: "notelint antwortet nicht. Läuft „notelint serve“ noch?",
      counts: (e, w, i) => [e && plural(e, "Fehler", "Fehler"), w && plural(w, "Warnung", "Warnungen"),
        i && plural(i, "Hinweis", "Hinweise")].filter(Boolean).join(" · "),
    },
  };

  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }

  const $ = (id) => document.getElementById(id);
  const note = $("note");
  const highlights = $("highlights");
  const list = $("findings");
  const metaFields = ["interview", "sent", "interviewer", "company", "role"];

  const state = {
    ui: (navigator.language || "en").toLowerCase().startsWith("de") ? "de" : "en",
    rules: {},          // code -> rule documentation from /api/rules
    linted: "",         // the text the shown findings belong to
    findings: [],       // findings of the last answer, with UTF-16 offsets (u0, u1) into state.linted
    file: null,         // files[0] of the last answer
    active: null,       // index of the finding picked by the user
    seq: 0,
    controller: null,
    timer: null,
  };

  function t(key) { return TEXTS[state.ui][key]; }

  // ---------------------------------------------------------------- offsets

  // notelint counts characters (code points); JavaScript strings count UTF-16 units.
  // units[i] is where code point i starts; units[count] is the length.
  function codePointUnits(text) {
    const units = [];
    let at = 0;
    for (const ch of text) { units.push(at); at += ch.length; }
    units.push(at);
    return units;
  }

  // Carry spans found in `before` over to `after` (the user kept typing while notelint
  // worked): spans before or after the edited stretch move with it, spans inside it go.
  function carryOver(spans, before, after) {
    if (before === after) return spans;
    let head = 0;
    const shortest = Math.min(before.length, after.length);
    while (head < shortest && before[head] === after[head]) head++;
    let tail = 0;
    while (tail < shortest - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
    const shift = after.length - before.length;
    const editEnd = before.length - tail;
    return spans.flatMap((s) => {
      if (s.u1 <= head) return [s];
      if (s.u0 >= editEnd) return [Object.assign({}, s, { u0: s.u0 + shift, u1: s.u1 + shift })];
      return [];
    });
  }

  // ---------------------------------------------------------------- drawing

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function severityLabel(severity) {
    const badge = el("span", "sev sev-" + severity);
    badge.append(el("span", "sev-icon", ICONS[severity]), " ", el("span", "sev-name", t(severity)));
    badge.firstChild.setAttribute("aria-hidden", "true");
    return badge;
  }

  // The layer behind the textarea: the same text, with <mark>s where findings are.
  function drawHighlights() {
    const text = note.value;
    const spans = carryOver(state.findings, state.linted, text).filter((s) => s.u1 > s.u0);
    const cuts = new Set([0, text.length]);
    spans.forEach((s) => { cuts.add(s.u0); cuts.add(s.u1); });
    const points = Array.from(cuts).filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
    const layer = document.createDocumentFragment();
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i], to = points[i + 1];
      const piece = text.slice(from, to);
      const over = spans.filter((s) => s.u0 < to && s.u1 > from);
      if (!over.length) { layer.append(piece); continue; }
      const worst = over.reduce((a, b) => (SEVERITY_RANK[b.severity] > SEVERITY_RANK[a.severity] ? b : a));
      const mark = el("mark", "hl hl-" + worst.severity, piece);
      mark.dataset.codes = over.map((s) => s.code).join(" ");
      if (over.some((s) => s.index === state.active)) mark.classList.add("hl-active");
      layer.append(mark);
    }
    layer.append("\n"); // a trailing newline in the textarea still takes a line
    highlights.replaceChildren(layer);
  }

  function fitEditor() {
    note.style.height = "auto";
    note.style.height = Math.max(note.scrollHeight, 320) + "px";
  }

  function drawVerdict() {
    const box = $("verdict");
    const file = state.file;
    let kind = "empty", text = t("verdictEmpty"), counts = "";
    if (file) {
      text = file.verdict.text;
      const n = { error: 0, warning: 0, info: 0 };
      file.findings.forEach((f) => { n[f.severity] += 1; });
      counts = t("counts")(n.error, n.warning, n.info);
      if (file.error || file.notice) kind = "unchecked";
      else if (!file.verdict.ready) kind = n.error ? "error" : "warning";
      else kind = "ready";
    }
    box.className = "verdict state-" + kind;
    $("verdict-icon").textContent = ICONS[kind];
    $("verdict-text").textContent = text;
    $("verdict-counts").textContent = counts;
  }

  function drawLanguage() {
    const file = state.file;
    const names = { en: t("english"), de: t("german") };
    const shown = $("lang-shown");
    if (!file || !file.language) { shown.textContent = file && file.notice ? t("other") : "–"; return; }
    const how = $("lang").value === "auto" ? t("detected") : t("chosen");
    shown.textContent = (names[file.language] || file.language) + " (" + how + ")";
  }

  function drawNotice(message) {
    const box = $("notice");
    box.textContent = message || "";
    box.hidden = !message;
  }

  function drawFindings() {
    const file = state.file;
    const items = document.createDocumentFragment();
    state.findings.forEach((f) => items.append(findingItem(f)));
    list.replaceChildren(items);
    $("finding-count").textContent = state.findings.length ? "(" + state.findings.length + ")" : "";
    const empty = $("findings-empty");
    empty.hidden = state.findings.length > 0;
    empty.textContent = file && !file.error && !file.notice ? t("findingsClean") : t("findingsNone");
  }

  function findingItem(f) {
    const item = el("li", "finding finding-" + f.severity);
    item.dataset.index = String(f.index);
    item.dataset.code = f.code;
    if (f.index === state.active) item.classList.add("active");
    const head = el("button", "finding-head");
    head.type = "button";
    head.append(severityLabel(f.severity), el("span", "finding-message", f.message));
    head.addEventListener("click", () => pick(f.index, true));
    item.append(head);
    const where = el("div", "finding-where");
    const quote = state.linted.slice(f.u0, f.u1);
    if (quote.trim()) where.append(el("q", "finding-quote", quote.length > 80 ? quote.slice(0, 77) + "…" : quote));
    where.append(el("span", "finding-rule", f.name + " · " + f.code));
    item.append(where);
    if (f.suggestion) {
      const tip = el("p", "finding-suggestion");
      tip.append(el("strong", null, t("suggestion")), " ", f.suggestion);
      item.append(tip);
    }
    const rule = state.rules[f.code];
    if (rule) {
      const about = el("details", "finding-doc");
      about.append(el("summary", null, t("aboutRule")), el("p", "rule-summary", rule.summary), ruleDoc(rule.doc));
      item.append(about);
    }
    return item;
  }

  // A rule's documentation (its docstring: headings, indented paragraphs, examples
  // indented further) as headings, paragraphs and example blocks.
  function ruleDoc(doc) {
    const box = el("div", "rule-doc");
    const lines = doc.split("\n").slice(1); // the first line repeats name and summary
    const indentOf = (line) => line.match(/^ */)[0].length;
    let para = [], base = null;
    const flush = () => {
      if (!para.length) return;
      const indent = Math.min(...para.filter((l) => l.trim()).map(indentOf));
      if (base !== null && indent > base) {
        box.append(el("pre", "doc-example", para.map((l) => l.slice(indent)).join("\n").trimEnd()));
      } else {
        const text = para.map((l) => l.trim()).join(" ").replace(/``([^`]+)``/g, "$1").replace(/::$/, ":");
        box.append(el("p", null, text));
      }
      para = [];
    };
    lines.forEach((line) => {
      if (!line.trim()) { if (para.length && base !== null && indentOf(para[0]) > base) para.push(line); else flush(); return; }
      if (!/^\s/.test(line)) { flush(); base = null; box.append(el("h4", null, line.trim())); return; }
      if (base === null) base = indentOf(line);
      if (para.length && (indentOf(line) > base) !== (indentOf(para[0]) > base)) flush();
      para.push(line);
    });
    flush();
    return box;
  }

  function drawAll() {
    fitEditor();
    drawHighlights();
    drawVerdict();
    drawLanguage();
    drawFindings();
  }

  // ---------------------------------------------------------------- picking

  // Pick a finding: mark it in the note and in the list; `select` also selects its words.
  function pick(index, select) {
    state.active = index;
    drawHighlights();
    list.querySelectorAll(".finding").forEach((li) => {
      li.classList.toggle("active", Number(li.dataset.index) === index);
    });
    const f = state.findings.find((x) => x.index === index);
    if (!f) return;
    const li = list.querySelector('.finding[data-index="' + index + '"]');
    if (li) li.scrollIntoView({ block: "nearest" });
    if (select) {
      const span = carryOver([f], state.linted, note.value)[0];
      if (span) { note.focus(); note.setSelectionRange(span.u0, span.u1); }
    }
  }

  // A click or cursor move in the note picks the finding under the cursor.
  function pickAtCursor() {
    const at = note.selectionStart;
    const spans = carryOver(state.findings, state.linted, note.value);
    const hit = spans.filter((s) => s.u0 <= at && at <= s.u1 && s.u1 > s.u0)
      .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity])[0];
    if (hit && hit.index !== state.active) pick(hit.index, false);
  }

  // ---------------------------------------------------------------- talking to notelint

  // Now on this computer's clock, as a datetime-local input writes it.
  function localNow() {
    const d = new Date();
    const pad = (n) => String(n).padStart(2, "0");
    return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate()) + "T" +
      pad(d.getHours()) + ":" + pad(d.getMinutes());
  }

  function request() {
    const body = { text: note.value, lang: $("lang").value, template: $("template").checked };
    metaFields.forEach((key) => { body[key] = $(key).value.trim() || null; });
    // "Now" is the writer's now, also when notelint runs on a server in another time zone.
    if (!body.sent) body.sent = localNow();
    return body;
  }

  function schedule(delay) {
    clearTimeout(state.timer);
    state.timer = setTimeout(lintNow, delay);
  }

  async function lintNow() {
    const body = request();
    const seq = ++state.seq;
    if (state.controller) state.controller.abort();
    if (!body.text.trim()) {
      state.file = null; state.findings = []; state.linted = ""; state.active = null;
      drawNotice(""); drawAll();
      return;
    }
    const controller = new AbortController();
    state.controller = controller;
    $("busy").hidden = false;
    try {
      const response = await fetch("/api/lint", {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body), signal: controller.signal,
      });
      const answer = await response.json();
      if (seq !== state.seq) return; // a newer request is on its way
      if (!response.ok) { drawNotice(answer.error || response.statusText); return; }
      show(answer, body.text);
    } catch (err) {
      if (err.name !== "AbortError" && seq === state.seq) drawNotice(t("offline"));
    } finally {
      if (seq === state.seq) $("busy").hidden = true;
    }
  }

  function show(answer, text) {
    const file = answer.files[0];
    const units = codePointUnits(text);
    const clamp = (cp) => units[Math.max(0, Math.min(cp, units.length - 1))];
    const previous = state.findings.find((f) => f.index === state.active);
    state.file = file;
    state.linted = text;
    state.findings = file.findings.map((f, index) => Object.assign({}, f, { index, u0: clamp(f.start), u1: clamp(f.end) }));
    const again = previous && state.findings.find((f) => f.code === previous.code && f.message === previous.message);
    state.active = again ? again.index : null;
    const problems = [file.error, file.notice].concat(file.internal_errors).filter(Boolean);
    drawNotice(problems.join(" "));
    drawAll();
  }

  // ---------------------------------------------------------------- page language

  function applyUiLanguage(lang) {
    state.ui = lang;
    document.documentElement.lang = lang;
    document.querySelectorAll("[data-i18n]").forEach((node) => { node.textContent = t(node.dataset.i18n); });
    document.querySelectorAll("[data-i18n-placeholder]").forEach((node) => {
      node.placeholder = t(node.dataset.i18nPlaceholder);
    });
    document.querySelectorAll("[data-ui-lang]").forEach((b) => {
      b.setAttribute("aria-pressed", String(b.dataset.uiLang === lang));
    });
    drawAll();
  }

  // ---------------------------------------------------------------- start

  note.addEventListener("input", () => { fitEditor(); drawHighlights(); schedule(DEBOUNCE_MS); });
  note.addEventListener("click", pickAtCursor);
  note.addEventListener("keyup", (e) => { if (e.key.startsWith("Arrow")) pickAtCursor(); });
  window.addEventListener("resize", drawHighlights);
  metaFields.concat(["lang", "template"]).forEach((id) => $(id).addEventListener("change", () => schedule(0)));
  ["interviewer", "company", "role"].forEach((id) => $(id).addEventListener("input", () => schedule(DEBOUNCE_MS)));
  document.querySelectorAll("[data-ui-lang]").forEach((b) => {
    b.addEventListener("click", () => applyUiLanguage(b.dataset.uiLang));
  });

  fetch("/api/rules").then((r) => r.json()).then((data) => {
    data.rules.forEach((rule) => { state.rules[rule.code] = rule; });
    drawFindings();
  }).catch(() => {});
  fetch("/api/status").then((r) => r.json()).then((s) => { $("version").textContent = "notelint " + s.version; })
    .catch(() => {});

  applyUiLanguage(state.ui);
  if (note.value.trim()) schedule(0); // text kept by the browser across a reload
})();
