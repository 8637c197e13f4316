using System;
using System.Collections.Generic;
using System.Linq;
using Sakip.Measurement.Calculation;
using Sakip.Measurement.Model;
using Sakip.Measurement.Results;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Review;

/// <summary>The findings of a review, with the results they were checked against.</summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record ReviewResult
{
    internal ReviewResult(LkipResults results, EquatableArray<Finding> findings, int checkedFigures, int checkedAggregates, int uncheckedFigures)
    {
        Results = results;
        Findings = findings;
        CheckedFigures = checkedFigures;
        CheckedAggregates = checkedAggregates;
        UncheckedFigures = uncheckedFigures;
    }

    /// <summary>Gets the recomputed report.</summary>
    public LkipResults Results { get; }

    /// <summary>Gets every discrepancy, in the order of the printed figures, then the aggregates, then the printed scales.</summary>
    public EquatableArray<Finding> Findings { get; }

    /// <summary>Gets how many printed occurrences were compared with a computed figure or an input.</summary>
    public int CheckedFigures { get; }

    /// <summary>Gets how many printed sums and means were checked.</summary>
    public int CheckedAggregates { get; }

    /// <summary>Gets how many printed occurrences had nothing to be compared with but their other printings (the figure is not computed: no realisasi, no budget).</summary>
    public int UncheckedFigures { get; }

    /// <summary>Gets whether the review found nothing.</summary>
    public bool IsClean => Findings.IsEmpty;
}

/// <summary>
/// Reviews a published LKIP: recomputes it under its own policies and compares every printed
/// occurrence of every figure (capaian, predikat, means, targets and realisasi wherever printed,
/// budget amounts and totals, serapan, efficiency verdicts, IKM, IPP) and every printed sum or
/// mean, and lists each discrepancy as a <see cref="Finding"/>.
/// </summary>
/// <remarks>
/// <para>Printed numbers are compared at the precision they were printed with, rounding the
/// computed value half away from zero; a printing that is the computed value cut off instead is a
/// <see cref="FindingKind.Truncated"/> finding. A wrong value that another policy produces (no
/// cap, the inverse negative formula, the opposite polarity) says which. An input printed with
/// another value than the one the calculation uses is an <see cref="FindingKind.InputMismatch"/>;
/// occurrences of a figure nothing computes that disagree with each other are
/// <see cref="FindingKind.InconsistentOccurrences"/>. A report whose printed figures are all what
/// the rules give has no findings.</para>
/// <para>Pure: the same report always gives equal findings, from its data alone.</para>
/// </remarks>
public static class LkipReview
{
    /// <summary>Recomputes a report and reviews its printed figures.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static ReviewResult Review(Lkip report) => Review(report, LkipCalculator.Calculate(Preconditions.CheckNotNull(report)));

    /// <summary>Reviews a report's printed figures against results already computed for it.</summary>
    /// <param name="report">The report.</param>
    /// <param name="results">The report's results (from <see cref="LkipCalculator.Calculate"/>).</param>
    /// <returns>The findings.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="results"/> are of another year than <paramref name="report"/>.</exception>
    public static ReviewResult Review(Lkip report, LkipResults results)
    {
        Preconditions.CheckNotNull(report);
        Preconditions.CheckNotNull(results);
        if (results.Year != report.Year)
        {
            throw new ArgumentException($"The results are of {results.Year}, the report of {report.Year}.", nameof(results));
        }
        var expected = ExpectedFigures.Build(report, results);
        var byFigure = report.Printed.GroupBy(p => Normalize(p.Figure, report.Year)).ToDictionary(g => g.Key, g => (IReadOnlyList<PrintedFigure>)g.ToArray());
        var findings = new List<Finding>();
        int checkedFigures = 0, notComputed = 0;
        var inconsistentReported = new HashSet<FigureId>();
        foreach (var printed in report.Printed)
        {
            var id = Normalize(printed.Figure, report.Year);
            var all = byFigure[id];
            if (expected.TryGetValue(id, out var figure))
            {
                checkedFigures++;
                if (figure.Check(printed, all) is { } finding)
                {
                    findings.Add(finding);
                }
            }
            else
            {
                notComputed++;
                if (inconsistentReported.Add(id) && Occurrences.Inconsistent(all) is { } finding)
                {
                    findings.Add(finding);
                }
            }
        }
        foreach (var aggregate in report.Aggregates)
        {
            if (Aggregates.Check(aggregate) is { } finding)
            {
                findings.Add(finding);
            }
        }
        foreach (var scale in report.Scales)
        {
            findings.AddRange(ScaleCheck.Check(scale));
        }
        return new ReviewResult(results, EquatableArray.Create<Finding>(findings), checkedFigures, report.Aggregates.Count, notComputed);
    }

    // A figure printed for the report's own year is the same figure as one printed without a year.
    private static FigureId Normalize(FigureId figure, FiscalYear year) =>
        figure.Year == year ? new FigureId(figure.Kind, figure.Subject) : figure;
}
