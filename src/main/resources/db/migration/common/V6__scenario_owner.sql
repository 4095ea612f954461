-- Who made a scenario (issue 8): planners change only their own. Null: made from the command line.
ALTER TABLE scenario ADD COLUMN owner VARCHAR(40);
