-- A plugin that grows a table of tables until memory runs out; each new
-- row is a copy of a big one, made in C, so the bomb is quick even on a
-- slow (valgrind) run and the memory limit, not the deadline, stops it.
local row = {}
for k = 1, 50000 do row[k] = k end
local t = {}
local i = 0
while true do
  i = i + 1
  t[i] = { table.unpack(row) }
end
