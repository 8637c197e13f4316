using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;
using Xunit.Abstractions;

namespace Sakip.Measurement.Tests.Review;

/// <summary>
/// Golden review of the four seed reports (samples/*.json, transcribed errors included) against
/// SEEDS.md §3: every machine-checkable erratum is found at its lines, named by its ID, and the
/// review raises nothing at a line no erratum lists (Seeds/Data/*-errata.json map each erratum to
/// its lines and say why the others cannot be checked from data).
/// </summary>
[Trait("Category", "Golden")]
public sealed class SeedReviewTests(ITestOutputHelper output)
{
    internal static readonly (string Prefix, string Sample)[] Seeds =
    [
        ("000", "mayang-2023.json"),
        ("001", "ajung-2023.json"),
        ("003", "patrang-2023.json"),
        ("004", "kencong-2025.json"),
    ];

    private static readonly Lazy<Dictionary<string, ReviewResult>> Reviews = new(() =>
        Seeds.ToDictionary(s => s.Prefix, s => LkipReview.Review(Sample(s.Sample))));

    internal static Lkip Sample(string name)
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Samples", name));
        return LkipJson.Read(stream);
    }

    private static Erratum[] Errata(string prefix)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", "Data", $"{prefix}-errata.json")));
        return document.RootElement.EnumerateArray().Select(e => new Erratum(
            e.GetProperty("id").GetString()!,
            e.GetProperty("checkable").GetBoolean(),
            e.GetProperty("lines").EnumerateArray().Select(l => l.GetInt32()).ToArray())).ToArray();
    }

    public static TheoryData<string, string> CheckableErrata()
    {
        var data = new TheoryData<string, string>();
        foreach (var (prefix, _) in Seeds)
        {
            foreach (var erratum in Errata(prefix).Where(e => e.Checkable))
            {
                data.Add(prefix, erratum.Id);
            }
        }
        return data;
    }

    public static TheoryData<string> SeedPrefixes() => new(Seeds.Select(s => s.Prefix));

    [Theory]
    [MemberData(nameof(CheckableErrata))]
    public void Review_FindsTheErratum_AtItsLines(string seed, string erratumId)
    {
        var erratum = Errata(seed).Single(e => e.Id == erratumId);
        var findings = Reviews.Value[seed].Findings.Where(f => f.Lines.Any(erratum.Lines.Contains)).ToArray();
        Assert.True(findings.Length > 0, $"{erratumId}: no finding at lines {string.Join(", ", erratum.Lines)}");
        foreach (var finding in findings)
        {
            output.WriteLine($"{erratumId}: {finding}");
        }
    }

    [Theory]
    [MemberData(nameof(SeedPrefixes))]
    public void Review_RaisesNothingSeedsMdDoesNotList(string seed)
    {
        var listed = Errata(seed).SelectMany(e => e.Lines).ToHashSet();
        var extra = Reviews.Value[seed].Findings.Where(f => !f.Lines.Any(listed.Contains)).ToArray();
        foreach (var finding in extra)
        {
            output.WriteLine(finding.ToString());
        }
        Assert.Empty(extra);
    }

    [Theory]
    [MemberData(nameof(SeedPrefixes))]
    public void Review_ChecksEveryPrintedFigureTheSampleHolds(string seed)
    {
        var review = Reviews.Value[seed];
        var sample = Sample(Seeds.Single(s => s.Prefix == seed).Sample);
        Assert.Equal(sample.Printed.Count, review.CheckedFigures + review.UncheckedFigures);
        Assert.Equal(sample.Aggregates.Count, review.CheckedAggregates);
        // Unchecked figures are the few with nothing computed to compare them with.
        Assert.True(review.UncheckedFigures * 20 < sample.Printed.Count, $"{review.UncheckedFigures} of {sample.Printed.Count} printed figures unchecked");
    }

    private sealed record Erratum(string Id, bool Checkable, int[] Lines);
}
