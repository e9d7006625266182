// The kzgraph query page: questions from queries/, a SPARQL editor, a results table with
// labels, and on a row click the sentences that state it. No framework, no CDN: it works offline.
"use strict";

const XSD = "http://www.w3.org/2001/XMLSchema#";
const PREFIXES = {
  "https://w3id.org/kzgraph/ontology#": "kz:",
  "https://w3id.org/kzgraph/resource/": "kzr:",
  "https://w3id.org/kzgraph/doc/": "kzd:",
  "https://w3id.org/kzgraph/graph/": "kzg:",
};

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

function curie(iri) {
  for (const [namespace, prefix] of Object.entries(PREFIXES)) {
    if (iri.startsWith(namespace)) return prefix + iri.slice(namespace.length);
  }
  return iri;
}

async function postJSON(url, payload) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(payload),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ? body.error.message : response.statusText);
  return body;
}

function showStatus(text, isError = false) {
  const status = document.getElementById("status");
  status.textContent = text;
  status.className = isError ? "error" : "";
}

// A cell shows an entity's label (its IRI on hover) and a literal's value (with its datatype).
function cell(term, labels) {
  if (!term) return el("td");
  if (term.type === "uri") {
    const text = labels[term.value] || curie(term.value);
    return el("td", { title: term.value, "data-iri": term.value }, text);
  }
  const td = el("td", {}, term.value);
  if (term.datatype && term.datatype !== XSD + "string") {
    td.append(el("span", { class: "datatype" }, curie(term.datatype).replace(XSD, "xsd:")));
  }
  return td;
}

function renderResults(answer) {
  const results = document.getElementById("results");
  results.replaceChildren();
  document.getElementById("sources").replaceChildren();
  if ("boolean" in answer) {
    results.append(el("p", { class: "boolean" }, answer.boolean ? "Yes (true)" : "No (false)"));
    showStatus("ASK answered.");
    return;
  }
  const vars = answer.head.vars;
  const rows = answer.results.bindings;
  const table = el("table", { id: "results-table" },
    el("thead", {}, el("tr", {}, ...vars.map((name) => el("th", {}, name)))));
  const body = el("tbody");
  for (const row of rows) {
    const tr = el("tr", {}, ...vars.map((name) => cell(row[name], answer.labels || {})));
    tr.addEventListener("click", () => showSources(tr, row));
    body.append(tr);
  }
  table.append(body);
  results.append(table);
  showStatus(`${rows.length} row${rows.length === 1 ? "" : "s"}. Click a row to see where the texts say it.`);
}

function highlighted(text, anchor) {
  const at = anchor ? text.indexOf(anchor) : -1;
  if (at < 0) return [text];
  return [text.slice(0, at), el("mark", {}, anchor), text.slice(at + anchor.length)];
}

async function showSources(tr, row) {
  document.querySelectorAll("tr.selected").forEach((other) => other.classList.remove("selected"));
  tr.classList.add("selected");
  const panel = document.getElementById("sources");
  panel.replaceChildren(el("p", { class: "muted" }, "Looking for the sentence…"));
  try {
    const found = await postJSON("/api/where", { terms: Object.values(row) });
    panel.replaceChildren(el("h2", {}, "Where does it say that?"));
    if (found.sources.length === 0) {
      panel.append(el("p", { class: "muted" }, "No sentence states this row (it may be inferred)."));
    }
    for (const source of found.sources) {
      panel.append(el("blockquote", { class: "source" }, ...highlighted(source.text, source.anchor)),
        el("p", { class: "where" }, `${source.file}, sentence ${curie(source.sentence)}, rule ${source.rule}`));
    }
    panel.scrollIntoView({ block: "nearest" });
  } catch (error) {
    panel.replaceChildren(el("p", { class: "error" }, error.message));
  }
}

async function run(call, payload) {
  showStatus("Running…");
  try {
    renderResults(await postJSON(call, payload));
  } catch (error) {
    document.getElementById("results").replaceChildren();
    showStatus(error.message, true);
  }
}

function questionForm(question) {
  const form = el("form", { "data-question": question.name });
  if (question.description) form.append(el("p", {}, question.description));
  for (const param of question.params) {
    const id = `q-${question.name}-${param.name}`;
    form.append(el("label", { for: id }, `${param.name}: ${param.description}`),
      el("input", { id, name: param.name, required: "" }));
  }
  form.append(el("button", { type: "submit" }, "Ask"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const args = question.params.map((param) => form.elements[param.name].value);
    run("/api/ask", { name: question.name, args });
  });
  return el("details", { "data-name": question.name },
    el("summary", {}, question.title), form);
}

async function loadQuestions() {
  const nav = document.getElementById("questions");
  const status = document.getElementById("questions-status");
  try {
    const response = await fetch("/api/questions");
    const body = await response.json();
    if (!response.ok) throw new Error(body.error.message);
    status.remove();
    body.questions.forEach((question) => nav.append(questionForm(question)));
  } catch (error) {
    status.textContent = error.message;
    status.className = "error";
  }
}

document.getElementById("editor").addEventListener("submit", (event) => {
  event.preventDefault();
  run("/api/query", { query: document.getElementById("query").value });
});
loadQuestions();
