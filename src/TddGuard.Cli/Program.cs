using System;
using TddGuard.Cli;

return CliApp.Run(args, Console.Out, Console.Error);
