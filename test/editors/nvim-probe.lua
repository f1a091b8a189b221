-- Headless Neovim (0.7+) probe: start reclint's language server over stdio, open each file, wait for
-- its diagnostics and write them as JSON. Run:
--   RECLINT_SERVER=server/out/server.js RECLINT_ROOT=<folder> RECLINT_FILES=<f1>:<f2> RECLINT_OUT=<out.json> \
--   nvim --headless --clean -u test/editors/nvim-probe.lua
local server = assert(os.getenv('RECLINT_SERVER'), 'RECLINT_SERVER')
local root = assert(os.getenv('RECLINT_ROOT'), 'RECLINT_ROOT')
local files = vim.split(assert(os.getenv('RECLINT_FILES'), 'RECLINT_FILES'), ':', { plain = true })
local out = assert(os.getenv('RECLINT_OUT'), 'RECLINT_OUT')
local timeout = tonumber(os.getenv('RECLINT_TIMEOUT_MS') or '15000')

local function fail(msg)
  io.stderr:write('nvim-probe: ' .. msg .. '\n')
  vim.cmd('cquit! 1')
end

-- Note every publish (by URI) so that a file with no findings ends at once instead of timing out.
local published = {}
local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  default_handler(err, result, ctx, config)
  if result and result.uri then published[result.uri] = (published[result.uri] or 0) + 1 end
end

local client_id = vim.lsp.start_client({
  name = 'reclint',
  cmd = { 'node', server, '--stdio' },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'root' } },
  on_exit = function(code)
    if code ~= 0 then io.stderr:write('nvim-probe: server exited with ' .. code .. '\n') end
  end,
})
if not client_id then fail('could not start the server') end

local result = {}
for _, file in ipairs(files) do
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  if file:match('%.ivr$') then vim.bo[bufnr].filetype = 'ivr'
  elseif file:match('%.json$') then vim.bo[bufnr].filetype = 'json'
  elseif file:match('%.xml$') or file:match('%.twiml$') then vim.bo[bufnr].filetype = 'xml'
  else vim.bo[bufnr].filetype = 'yaml' end
  vim.lsp.buf_attach_client(bufnr, client_id)
  local uri = vim.uri_from_bufnr(bufnr)
  local before = published[uri] or 0
  -- Wait for a publish after the file was opened (the server lints the opened text).
  local ok = vim.wait(timeout, function() return (published[uri] or 0) > before end, 20)
  if not ok then fail('no diagnostics for ' .. file .. ' within ' .. timeout .. ' ms') end
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = (d.user_data and d.user_data.lsp) or {}
    table.insert(list, {
      code = d.code or lsp.code,
      source = d.source,
      severity = d.severity,
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      range = lsp.range,
    })
  end
  result[file] = list
end

local fh = assert(io.open(out, 'w'))
fh:write(vim.fn.json_encode(result))
fh:close()
vim.lsp.stop_client(client_id)
vim.cmd('qall!')
