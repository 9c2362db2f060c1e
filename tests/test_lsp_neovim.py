"""End to end with a real editor: headless Neovim attaches the language server to a note.

Neovim converts the server's UTF-16 positions into byte columns of its
buffer, so exact columns after emoji and umlauts prove the positions right.
Then it asks for code actions, applies the quick fix and waits for the
diagnostics to follow the edit.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from lsp_client import ROOT, install_test_rules

NVIM = shutil.which("nvim")

NOTE = (
    "Liebe Frau Müller 😀,\n"
    "\n"
    "vielen Dank für das Gespräch 🎉 über Grüße, thx nochmals.\n"
    "FYI: Die Unterlagen sende ich morgen.\n"
    "\n"
    "Viele Grüße\n"
    "Jana\n"
)

SCRIPT = r"""
local out = os.getenv("NOTELINT_OUT")
local result = {}
local function finish()
  local handle = io.open(out, "w")
  handle:write(vim.fn.json_encode(result))
  handle:close()
  vim.cmd("qall!")
end
local function collect()
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(found, {code = d.code or lsp.code, lnum = d.lnum, col = d.col, end_lnum = d.end_lnum,
                         end_col = d.end_col, severity = d.severity, source = d.source, message = d.message})
  end
  table.sort(found, function(a, b) return a.lnum < b.lnum end)
  return found
end
local ok, err = pcall(function()
  local client_id = vim.lsp.start_client({
    name = "notelint",
    cmd = vim.fn.json_decode(os.getenv("NOTELINT_CMD")),
    cmd_env = {PYTHONPATH = os.getenv("NOTELINT_PYTHONPATH")},
    root_dir = vim.fn.expand("%:p:h"),
    init_options = {select = {"XT9"}, debounce = 0},
  })
  vim.lsp.buf_attach_client(0, client_id)
  result.attached = vim.wait(30000, function() return #vim.diagnostic.get(0) >= 2 end, 50)
  result.first = collect()

  local client = vim.lsp.get_client_by_id(client_id)
  local params = vim.lsp.util.make_range_params()
  params.range = {start = {line = 2, character = 45}, ["end"] = {line = 2, character = 45}}
  params.context = {diagnostics = {}}
  local answers = vim.lsp.buf_request_sync(0, "textDocument/codeAction", params, 10000) or {}
  result.titles = {}
  local fix
  for _, answer in pairs(answers) do
    for _, action in ipairs(answer.result or {}) do
      table.insert(result.titles, action.title)
      if action.isPreferred then fix = action end
    end
  end
  if fix then
    vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding)
    result.fixed_line = vim.api.nvim_buf_get_lines(0, 2, 3, false)[1]
    result.refreshed = vim.wait(30000, function() return #vim.diagnostic.get(0) == 1 end, 50)
    result.after = collect()
  end
end)
if not ok then result.error = tostring(err) end
finish()
"""


@pytest.mark.skipif(NVIM is None, reason="nvim is not on PATH (install the Debian package neovim to run this test)")
def test_neovim_shows_exact_diagnostics_and_applies_the_fix(tmp_path):
    plugin = install_test_rules(tmp_path / "plugin")
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / ".notelint.toml").write_text("")
    note = notes / "dank.txt"
    note.write_text(NOTE, encoding="utf-8")
    script = tmp_path / "attach.lua"
    script.write_text(SCRIPT, encoding="utf-8")
    out = tmp_path / "diagnostics.json"
    env = dict(os.environ)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
        (tmp_path / name).mkdir()
        env[name] = str(tmp_path / name)
    env["NOTELINT_OUT"] = str(out)
    env["NOTELINT_CMD"] = json.dumps([sys.executable, "-m", "notelint.lsp"])
    env["NOTELINT_PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), plugin, os.environ.get("PYTHONPATH")]))
    done = subprocess.run(
        [NVIM, "--headless", "-u", "NONE", "-i", "NONE", "-n", str(note), "-c", f"luafile {script}"],
        cwd=str(notes), env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=120,
    )
    assert out.exists(), f"nvim wrote nothing (exit {done.returncode}): {done.stderr.decode(errors='replace')}"
    result = json.loads(out.read_text(encoding="utf-8"))
    assert "error" not in result, result["error"]
    assert result["attached"] is True

    line = NOTE.splitlines()[2]
    thx_col = len(line[: line.index("thx")].encode("utf-8"))  # Neovim counts bytes
    assert thx_col == 51  # 44 in UTF-16 units, 43 characters
    assert [(d["code"], d["lnum"], d["col"], d["end_lnum"], d["end_col"], d["severity"], d["source"])
            for d in result["first"]] == [
        ("XT901", 2, 51, 2, 54, 2, "notelint"),  # warning
        ("XT902", 3, 0, 3, 3, 3, "notelint"),    # info
    ]
    assert result["first"][0]["message"].startswith("test-thx: ")

    assert result["titles"] == ["Replace with 'thank you' (test-thx)", "Ignore test-thx in this note",
                                "Show documentation for test-thx"]
    assert result["fixed_line"] == line.replace("thx", "thank you")
    assert result["refreshed"] is True
    assert [(d["code"], d["lnum"], d["col"]) for d in result["after"]] == [("XT902", 3, 0)]
