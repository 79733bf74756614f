using System;

namespace Showcase;

/// <summary>TG2022: the type repeats its namespace's name ("Showcase.ShowcaseOptions").</summary>
public sealed class ShowcaseOptions
{
    public string Normalise(string name)
    {
        // TG2014: strings are immutable, so the trimmed result is lost.
        name.Trim();

        // TG2015 (below): commented-out code; the lightbulb removes it.

        // var upper = name.ToUpperInvariant();
        // return upper;
        return name;
    }

    public void Stop(bool fatal)
    {
        if (fatal)
        {
            // TG2021: a library must not end the process it runs in.
            Environment.Exit(1);
        }
    }
}
