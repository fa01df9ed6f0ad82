// The checkout form's checks in the browser, from the JSON Schema `konbini-rulegen --emit
// json-schema` exports of the form's rules file: the customer sees a problem beside its field
// before the form is sent. The server checks the form again; rules it fixes itself (`x-fixes`:
// hiragana made katakana, a full-width phone number made digits) do not stop the customer,
// and those a schema cannot state are the server's alone.
"use strict";

// Every rule `schema` finds broken in `value`, once per place: {rule, path}, where `rule` is
// the subschema that carries `x-rule`. Only the keywords the export writes are known.
function brokenRules(schema, value) {
  const found = new Map();
  const typeOf = (v) => v === null ? "null" : Array.isArray(v) ? "array" : Number.isInteger(v) ? "integer" : typeof v;
  const resolve = (ref) => ref.slice(2).split("/").reduce((node, key) => node[key], schema);

  // Whether `v` holds for `s`; errors are recorded only when `report` (not under if, not, anyOf).
  function holds(s, v, path, rule, report) {
    if (typeof s === "boolean") return s;
    if (s["x-rule"]) rule = s;
    let ok = true;
    const fail = (at = path) => {
      ok = false;
      if (report && rule) found.set(rule["x-rule"] + " " + at.join("/"), { rule, path: at });
    };
    const type = typeOf(v);
    if ("type" in s && ![].concat(s.type).includes(type)) fail();
    if ("enum" in s && !s.enum.includes(v)) fail();
    if ("const" in s && s.const !== v) fail();
    if (type === "integer") {
      if ("minimum" in s && v < s.minimum) fail();
      if ("maximum" in s && v > s.maximum) fail();
    }
    if (type === "string") {
      const length = [...v].length;  // code points, as JSON Schema counts
      if ("minLength" in s && length < s.minLength) fail();
      if ("maxLength" in s && length > s.maxLength) fail();
      if ("pattern" in s && !new RegExp(s.pattern, "u").test(v)) fail();
    }
    if (type === "object") {
      for (const name of s.required || []) if (!(name in v)) fail(path.concat(name));
      for (const [name, sub] of Object.entries(s.properties || {})) {
        if (name in v && !holds(sub, v[name], path.concat(name), rule, report)) ok = false;
      }
      if (s.propertyNames) {
        for (const name of Object.keys(v)) if (!holds(s.propertyNames, name, path.concat(name), rule, report)) ok = false;
      }
    }
    if (type === "array") {
      if (s.items) v.forEach((item, index) => { if (!holds(s.items, item, path.concat(index), rule, report)) ok = false; });
      if (s.contains && !v.some((item) => holds(s.contains, item, path, rule, false))) fail();
    }
    if (s.$ref && !holds(resolve(s.$ref), v, path, rule, report)) ok = false;
    for (const sub of s.allOf || []) if (!holds(sub, v, path, rule, report)) ok = false;
    if (s.anyOf && !s.anyOf.some((sub) => holds(sub, v, path, rule, false))) fail();
    if (s.not && holds(s.not, v, path, rule, false)) fail();
    if (s.if && holds(s.if, v, path, rule, false) && s.then && !holds(s.then, v, path, rule, report)) ok = false;
    return ok;
  }

  holds(schema, value, [], null, true);
  return [...found.values()];
}

// The form's values as the request: a whole number where the schema asks for an integer,
// every other value the text typed, as the server reads the posted form.
function formRequest(form, schema) {
  const request = {};
  for (const [name, text] of new FormData(form)) {
    const types = [].concat((schema.properties[name] || {}).type || []);
    request[name] = types.includes("integer") && /^-?[0-9]+$/.test(text) ? Number(text) : text;
  }
  return request;
}

function showMessages(form, broken, language) {
  for (const old of form.querySelectorAll("p.error")) old.remove();
  for (const { rule, path } of broken) {
    const message = document.createElement("p");
    message.className = "error";
    message.dataset.field = String(path[0] ?? "");
    message.dataset.source = "browser";
    message.textContent = rule["x-messages"][language] ?? rule["x-messages"].en;
    const field = form.elements[message.dataset.field];
    (field ? field : form.querySelector("button")).insertAdjacentElement("afterend", message);
  }
}

fetch("/checkout.schema.json").then((response) => response.json()).then((schema) => {
  const form = document.querySelector("form");
  const language = document.documentElement.lang === "ja" ? "ja" : "en";
  form.addEventListener("submit", (event) => {
    const broken = brokenRules(schema, formRequest(form, schema)).filter(({ rule }) => !rule["x-fixes"]);
    if (broken.length > 0) {
      event.preventDefault();
      showMessages(form, broken, language);
    }
  });
  form.dataset.checks = "ready";
});
