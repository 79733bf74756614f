using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace TddGuard.Analyzers.Benchmarks;

/// <summary>
/// A deterministic NUnit test suite of 100,000+ lines over the types of <see cref="CorpusGenerator"/>: the test
/// sources a production build hands to the UntestedCodeAnalyzer as additional files.
/// </summary>
internal static class TestSuiteGenerator
{
    public const int MinimumLines = 100_000;
    private const int TestsPerFile = 8;

    /// <summary>The test files' texts, each referring to the corpus types of its number modulo <paramref name="productionFiles"/>.</summary>
    public static ImmutableArray<SourceText> Generate(int productionFiles)
    {
        var texts = ImmutableArray.CreateBuilder<SourceText>();
        var lines = 0;
        for (var file = 0; lines < MinimumLines; file++)
        {
            var text = GenerateFile(file, file % productionFiles);
            lines += text.Count(character => character == '\n') + 1;
            texts.Add(SourceText.From(text, Encoding.UTF8));
        }

        return texts.ToImmutable();
    }

    private static string GenerateFile(int file, int subject)
    {
        var builder = new StringBuilder();
        var f = file.ToString(CultureInfo.InvariantCulture);
        var s = subject.ToString(CultureInfo.InvariantCulture);
        builder.Append($$"""
            using System;
            using System.Collections.Generic;
            using System.Threading;
            using NUnit.Framework;

            namespace Corpus.Tests;

            [TestFixture]
            public sealed class Service{{s}}Tests{{f}}
            {
                private Service{{s}} _service = null!;

                [SetUp]
                public void CreateService() => _service = new Service{{s}}(new Store{{s}}());

            """.Replace("\r\n", "\n", System.StringComparison.Ordinal));
        for (var test = 0; test < TestsPerFile; test++)
        {
            builder.Append(Test(s, test.ToString(CultureInfo.InvariantCulture)));
        }

        builder.Append("}\n");
        return builder.ToString();
    }

    private static string Test(string subject, string test) => $$"""

            [TestCase(true, 9)]
            [TestCase(false, 10)]
            public void Price{{test}}_AppliesTheDiscountOnlyWhenAsked(bool discount, decimal expected)
            {
                var items = new List<Item{{subject}}> { new("gold", 1, 10m) };

                var total = _service.Price{{test}}(items, discount);

                Assert.That(total, Is.EqualTo(expected));
            }

            [TestCase("gold", "premium")]
            [TestCase("silver", "standard")]
            public void Describe{{test}}_NamesTheTier(string name, string expected)
            {
                Assert.That(_service.Describe{{test}}(name), Is.EqualTo(expected));
            }

            [Test]
            public void Load{{test}}Async_FailsForAMissingFile()
            {
                Assert.ThrowsAsync<InvalidOperationException>(() => _service.Load{{test}}Async("missing.txt", CancellationToken.None));
            }

            [Test]
            public void Sum{{test}}_AddsTheValues()
            {
                var store = new Store{{subject}}();

                store.Add("sum", 0);

                Assert.That(_service.Sum{{test}}([1, 2]), Is.EqualTo(3));
                Assert.That(store.Count, Is.EqualTo(1));
            }

        """.Replace("\r\n", "\n", System.StringComparison.Ordinal);
}
