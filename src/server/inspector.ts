// The inspector page at /_mock/: what the mock holds (pools, clients, users with status, groups and MFA,
// the outbox with its codes, the active scenario and rules) and the actions a developer reaches for
// (confirm, enable or disable a user, reset, switch scenario, copy a code). One self-contained page: it
// reads the control endpoints and calls the Cognito API itself for user actions.
export const INSPECTOR_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>cognito-idp-mock inspector</title>
<style>
  body { font: 14px system-ui, sans-serif; margin: 1.2rem 2rem; color: #1d2330; }
  h1 { font-size: 1.3rem; } h2 { font-size: 1.05rem; margin-top: 1.6rem; }
  table { border-collapse: collapse; width: 100%; margin: .4rem 0; }
  th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #e3e6ee; vertical-align: top; }
  th { background: #f4f6fa; font-weight: 600; }
  code { font-size: 12px; } .muted { color: #667; } .pill { padding: 0 .4rem; border-radius: 8px; background: #eef; font-size: 12px; }
  .bad { background: #fde8e8; } button { cursor: pointer; } #toolbar > * { margin-right: .5rem; }
</style>
</head>
<body>
<h1>cognito-idp-mock inspector</h1>
<div id="toolbar">
  Scenario: <select id="scenario-select"></select>
  <button id="scenario-apply">Switch scenario</button>
  <button id="reset">Reset</button>
  <button id="refresh">Refresh</button>
  <span id="message" class="muted"></span>
</div>
<p class="muted">Active: <code id="active-scenarios"></code> &middot; rules: <span id="rules"></span></p>
<div id="pools"></div>
<h2>Outbox</h2>
<table id="outbox"><thead><tr><th>when</th><th>to</th><th>purpose</th><th>code</th><th></th><th>message</th></tr></thead><tbody></tbody></table>
<script>
const $ = (s) => document.querySelector(s);
const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
const say = (t) => { $("#message").textContent = t; };
// the page was opened as /_mock/?token=... when the server requires a control token; the same header
// also satisfies strict mode (which checks that an Authorization header is present) for the admin calls
const token = new URLSearchParams(location.search).get("token") ?? "";
const auth = { authorization: "Bearer " + (token || "inspector") };
async function api(op, body) {
  const r = await fetch("/", { method: "POST", headers: { ...auth, "content-type": "application/x-amz-json-1.1", "x-amz-target": "AWSCognitoIdentityProviderService." + op }, body: JSON.stringify(body) });
  const json = await r.json();
  if (!r.ok) throw new Error(json.__type + ": " + json.message);
  return json;
}
async function load() {
  const [state, outbox, scenario, catalogue] = await Promise.all(["/_mock/state", "/_mock/outbox", "/_mock/scenario", "/_mock/scenarios"].map((u) => fetch(u, { headers: auth }).then((r) => r.json())));
  $("#active-scenarios").textContent = scenario.scenarios.join(",") || "(none)";
  $("#rules").textContent = scenario.rules.length ? scenario.rules.map((r) => r.operation + (r.error ? " → " + r.error.type : "") + (r.latencyMs ? " +" + r.latencyMs + "ms" : "")).join("; ") : "none";
  const select = $("#scenario-select");
  if (!select.options.length) for (const s of catalogue) select.add(new Option(s.name + " — " + s.kind, s.name));
  select.value = scenario.scenarios[0] ?? "";
  $("#pools").innerHTML = state.pools.map((p) => \`
    <h2>Pool <code>\${esc(p.id)}</code> <span class="muted">\${esc(p.name)} · \${esc(p.region)} · MFA \${esc(p.settings.MfaConfiguration ?? "OFF")}</span></h2>
    <table class="clients"><thead><tr><th>client</th><th>id</th><th>secret</th><th>auth flows</th></tr></thead><tbody>
      \${p.clients.map((c) => \`<tr><td>\${esc(c.ClientName)}</td><td><code>\${esc(c.ClientId)}</code></td><td>\${c.ClientSecret ? "yes" : "no"}</td><td>\${esc((c.ExplicitAuthFlows ?? ["default"]).join(", "))}</td></tr>\`).join("")}
    </tbody></table>
    <table class="users" data-pool="\${esc(p.id)}"><thead><tr><th>username</th><th>status</th><th>enabled</th><th>groups</th><th>MFA</th><th>attributes</th><th>actions</th></tr></thead><tbody>
      \${p.users.map((u) => \`<tr data-username="\${esc(u.username)}" class="\${u.enabled ? "" : "bad"}">
        <td><code>\${esc(u.username)}</code></td><td><span class="pill status">\${esc(u.status)}</span></td><td>\${u.enabled}</td>
        <td>\${esc(u.groups.join(", "))}</td><td>\${esc([...u.mfaMethods].join(", ") || "-")}\${u.preferredMfa ? " (" + esc(u.preferredMfa) + ")" : ""}</td>
        <td class="muted">\${esc(Object.entries(u.attributes).filter(([k]) => k !== "sub").map(([k, v]) => k + "=" + v).join(", "))}</td>
        <td>\${u.status === "UNCONFIRMED" ? '<button data-action="confirm">Confirm</button>' : ""}
            <button data-action="\${u.enabled ? "disable" : "enable"}">\${u.enabled ? "Disable" : "Enable"}</button></td></tr>\`).join("")}
    </tbody></table>
    \${p.groups.length ? "<p class=muted>Groups: " + p.groups.map((g) => esc(g.name) + " (" + g.members.length + ")").join(", ") + "</p>" : ""}\`).join("") || "<p>No user pools.</p>";
  $("#outbox tbody").innerHTML = [...outbox.messages].reverse().map((m) => \`<tr>
    <td>\${new Date(m.at).toLocaleTimeString()}</td><td>\${esc(m.channel)} \${esc(m.destination)}<br><span class="muted">\${esc(m.username)}</span></td>
    <td>\${esc(m.purpose)}</td><td><code class="code">\${esc(m.code ?? m.temporaryPassword ?? "")}</code></td>
    <td>\${m.code || m.temporaryPassword ? '<button data-copy="' + esc(m.code ?? m.temporaryPassword) + '">Copy</button>' : ""}</td>
    <td class="muted">\${esc(m.subject ? m.subject + ": " : "")}\${esc(m.body)}</td></tr>\`).join("");
}
document.addEventListener("click", async (e) => {
  const b = e.target.closest("button");
  if (!b) return;
  try {
    if (b.dataset.copy) { await navigator.clipboard?.writeText(b.dataset.copy).catch(() => {}); say("copied " + b.dataset.copy); return; }
    const row = b.closest("tr[data-username]");
    if (row) {
      const UserPoolId = row.closest("table").dataset.pool, Username = row.dataset.username;
      const op = { confirm: "AdminConfirmSignUp", disable: "AdminDisableUser", enable: "AdminEnableUser" }[b.dataset.action];
      await api(op, { UserPoolId, Username });
      say(op + " " + Username);
    } else if (b.id === "reset") { await fetch("/_mock/reset", { method: "POST", headers: auth }); say("reset"); }
    else if (b.id === "scenario-apply") {
      const r = await fetch("/_mock/scenario", { method: "POST", headers: auth, body: JSON.stringify({ scenarios: [$("#scenario-select").value] }) });
      say(r.ok ? "switched to " + $("#scenario-select").value : "could not switch: " + (await r.json()).message);
    }
    await load();
  } catch (err) { say(String(err.message ?? err)); }
});
load().then(() => { document.body.dataset.ready = "true"; });
setInterval(() => load().catch(() => {}), 2000);
</script>
</body>
</html>`;
