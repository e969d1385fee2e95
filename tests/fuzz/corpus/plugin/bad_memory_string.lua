-- A plugin that grows one string by doubling it until memory runs out.
local s = string.rep("x", 1024 * 1024)
local parts = {}
for i = 1, 100 do
  parts[i] = s .. i
end
