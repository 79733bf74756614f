using System.Collections.Generic;

namespace TddGuard.Analyzers.Tests.Hardening;

/// <summary>
/// One small file per rule that has a code fix, written so the rule fires: the seeds the code fixes are run on
/// once broken. Real code rarely trips some of these rules, so the decompiled corpus alone leaves their fixes
/// untried on half-typed code.
/// </summary>
internal static class FixableFindings
{
    /// <summary>The seeds of the rules that work in that role: TDD rules in test projects, design rules outside them.</summary>
    public static IReadOnlyDictionary<string, string> Seeds(CorpusRole role) => role == CorpusRole.Tests ? s_testSeeds : s_productionSeeds;

    private static readonly Dictionary<string, string> s_testSeeds = new()
    {
        ["TG1005"] = """
            using NUnit.Framework;

            public class CalculatorTests
            {
                [Test]
                public void AddsOneAndTwo()
                {
                    var sum = 1 + 2;
                    Assert.That(sum, Is.EqualTo(3));
                }

                [Test]
                public void AddsTwoAndTwo()
                {
                    var sum = 2 + 2;
                    Assert.That(sum, Is.EqualTo(4));
                }
            }
            """,
        ["TG1006"] = """
            using NUnit.Framework;

            public class ShelfTests
            {
                [Test]
                public void Adds() => Assert.That(1, Is.EqualTo(1));

                public void Removes()
                {
                    Assert.That(0, Is.EqualTo(0));
                }
            }
            """,
    };

    private static readonly Dictionary<string, string> s_productionSeeds = new()
    {
        ["TG2001"] = """
            public class Pricing
            {
                public void Apply(int quantity, bool member, bool sale, bool weekend)
                {
                    System.Console.WriteLine(quantity);
                    if (member)
                    {
                        if (sale)
                        {
                            if (weekend)
                            {
                                while (quantity > 0)
                                {
                                    quantity--;
                                }
                            }
                        }
                    }
                }
            }
            """,
        ["TG2002"] = """
            public class Shipping
            {
                public decimal Cost(decimal weight) => weight * 4.75m + 12;
            }
            """,
        ["TG2003"] = """
            public class Tiers
            {
                public bool IsGold(string tier) => tier == "gold";

                public int Discount(string tier) => tier switch { "gold" => 10, "silver" => 5, _ => 0 };
            }
            """,
        ["TG2007"] = """
            using System;
            using System.IO;

            public class Loader
            {
                public string Load(string path)
                {
                    try
                    {
                        return File.ReadAllText(path);
                    }
                    catch (IOException)
                    {
                    }

                    return string.Empty;
                }
            }
            """,
        ["TG2008"] = """
            using System;
            using System.IO;

            public class Reader
            {
                public string Read(string path)
                {
                    try
                    {
                        return File.ReadAllText(path);
                    }
                    catch (IOException)
                    {
                        throw new InvalidOperationException($"Cannot read {path}.");
                    }
                }
            }
            """,
        ["TG2010"] = """
            using System;

            public static class Settings
            {
                private static string s_name = "default";
                private static TimeSpan s_timeout = TimeSpan.FromSeconds(1);

                public static string Describe() => s_name + s_timeout;
            }
            """,
        ["TG2011"] = """
            using System.Threading.Tasks;

            public class Job
            {
                public async void Run()
                {
                    await Task.Yield();
                }
            }
            """,
        ["TG2012"] = """
            using System.Threading.Tasks;

            public class Client
            {
                public async Task<int> TotalAsync(Task<int> first, Task<int> second)
                {
                    var a = first.Result;
                    second.Wait();
                    return a + await second;
                }
            }
            """,
        ["TG2013"] = """
            using System.IO;
            using System.Threading.Tasks;

            public class Archive
            {
                public async Task SaveAsync(Stream stream, byte[] data)
                {
                    await stream.WriteAsync(data);
                    await stream.FlushAsync();
                }
            }
            """,
        ["TG2015"] = """
            public class Counter
            {
                public int Next(int value)
                {
                    // var old = value;
                    // value = old + 1;
                    // System.Console.WriteLine(value);
                    return value + 1;
                }
            }
            """,
    };
}
