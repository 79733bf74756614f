using System;
using TddGuard.Cli;

return App.Run(args, Console.Out, Console.Error);
