// Each fixture has a server, a database and a clock of its own, so fixtures can run side by side.
[assembly: Parallelizable(ParallelScope.Fixtures)]
