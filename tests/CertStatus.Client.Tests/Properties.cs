// Each fixture has a service, a database and a clock of its own, so fixtures can run side by side.
[assembly: Parallelizable(ParallelScope.Fixtures)]
