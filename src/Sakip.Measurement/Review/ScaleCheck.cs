using System;
using System.Collections.Generic;
using System.Linq;
using Sakip.Measurement.Model;
using Sakip.Measurement.Scales;
using Sakip.Measurement.Text;

namespace Sakip.Measurement.Review;

/// <summary>
/// Checks a rating scale as a report prints it, with the same analysis that refuses a defective
/// scale when one is built (<see cref="PredikatScale"/>): every repeated code, every value graded
/// twice, every hole a value of the graded precision falls in.
/// </summary>
internal static class ScaleCheck
{
    private const string Rule = "a scale grades every value once, with one code per band";

    internal static IEnumerable<Finding> Check(PrintedScale scale)
    {
        var bands = new List<PredikatBand>(scale.Bands.Count);
        var printedBy = new Dictionary<PredikatBand, PrintedScaleBand>(ReferenceEqualityComparer.Instance);
        foreach (var printed in scale.Bands)
        {
            if (Band(printed) is not { } band)
            {
                yield return Defect(scale, [printed],
                    $"{scale.Name}: pita {printed.Code} ('{printed.Text}') kosong: batas bawahnya di atas batas atasnya.",
                    $"{scale.Name}: band {printed.Code} ('{printed.Text}') is empty: its lower bound lies above its upper bound.");
                continue;
            }
            bands.Add(band);
            printedBy[band] = printed;
        }
        foreach (var defect in PredikatScale.Analyse(bands).Defects)
        {
            var first = printedBy[defect.First];
            var second = printedBy[defect.Second];
            switch (defect.Kind)
            {
                case ScaleDefectKind.RepeatedCode:
                    yield return Defect(scale, [first, second],
                        $"{scale.Name}: kode {first.Code} dipakai untuk dua pita, '{first.Label}' ({first.Text}) dan '{second.Label}' ({second.Text}).",
                        $"{scale.Name}: the code {first.Code} is printed for two bands, '{first.Label}' ({first.Text}) and '{second.Label}' ({second.Text}).");
                    break;
                case ScaleDefectKind.Overlap:
                    yield return Defect(scale, [first, second],
                        $"{scale.Name}: pita {first.Code} ({first.Text}) dan {second.Code} ({second.Text}) sama-sama memuat nilai {Shared(defect)}.",
                        $"{scale.Name}: bands {first.Code} ({first.Text}) and {second.Code} ({second.Text}) both grade {Shared(defect)}.");
                    break;
                case ScaleDefectKind.Gap when Ungraded(defect, scale.ValueDecimals) is { } example:
                    yield return Defect(scale, [first, second],
                        $"{scale.Name}: nilai antara {first.Code} ({first.Text}) dan {second.Code} ({second.Text}), misalnya {example}, tidak berpredikat.",
                        $"{scale.Name}: values between {first.Code} ({first.Text}) and {second.Code} ({second.Text}), such as {example}, get no grade.");
                    break;
            }
        }
    }

    // A band whose lower bound lies above its upper one cannot be built: that is itself a defect.
    private static PredikatBand? Band(PrintedScaleBand printed)
    {
        try
        {
            return new PredikatBand(printed.Code, printed.Label, printed.Lower, printed.Upper);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // The values two overlapping bands share, said simply: the meeting point, or "from … to …".
    private static string Shared(ScaleDefect defect) =>
        defect.First.Upper.IsUnbounded || defect.Second.Lower.IsUnbounded
            ? "the same values"
            : defect.First.Upper.Value == defect.Second.Lower.Value
                ? Format(defect.First.Upper.Value)
                : $"{Format(defect.Second.Lower.Value)}–{Format(defect.First.Upper.Value)}";

    // The smallest value with the graded decimals that no band of the pair admits, or null when
    // the hole is narrower than the precision (88,30 to 88,31 for values printed at two decimals).
    private static string? Ungraded(ScaleDefect defect, int decimals)
    {
        var upper = defect.First.Upper;
        var lower = defect.Second.Lower;
        decimal step = 1m;
        for (int i = 0; i < decimals; i++)
        {
            step /= 10m;
        }
        decimal onGrid = Math.Ceiling(upper.Value / step) * step;
        decimal candidate = upper.IsInclusive && onGrid == upper.Value ? onGrid + step : onGrid;
        bool ungraded = candidate < lower.Value || (candidate == lower.Value && !lower.IsInclusive);
        return ungraded ? NumberPattern.Number.WithDecimalPlaces(decimals).Format(candidate) : null;
    }

    private static string Format(decimal value) => NumberPattern.Number.FormatExact(value);

    private static Finding Defect(PrintedScale scale, PrintedScaleBand[] bands, string explanation, string english)
    {
        var locations = bands.Select(b => b.Line is { } line
            ? (scale.Location.Table is { } table ? PrintedLocation.InTable(table, b.Code, line) : PrintedLocation.InText(scale.Location.Paragraph!, line))
            : scale.Location).ToArray();
        return new Finding(FindingKind.InvalidScale, FindingSeverity.Warning, null, locations, string.Join("; ", bands.Select(b => b.Text)), null, Rule, null,
            explanation, english);
    }
}
