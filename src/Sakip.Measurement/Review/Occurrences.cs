using System;
using System.Collections.Generic;
using System.Linq;
using Sakip.Measurement.Model;

namespace Sakip.Measurement.Review;

/// <summary>
/// The checks that need no computation: the printings of one figure that disagree with each
/// other, and a printed sum or mean over printed parts.
/// </summary>
internal static class Occurrences
{
    /// <summary>One finding listing every printing of a figure when they do not all say the same; <see langword="null"/> when they do.</summary>
    internal static Finding? Inconsistent(IReadOnlyList<PrintedFigure> printings)
    {
        if (printings.Count < 2)
        {
            return null;
        }
        var keys = printings.Select(Key).ToArray();
        if (keys.Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return null;
        }
        var first = printings[0];
        string texts = string.Join(", ", printings.Select(p => $"'{p.Text}' ({p.Location})"));
        string id = FigureNames.Indonesian(first.Figure);
        string en = FigureNames.English(first.Figure);
        return new Finding(FindingKind.InconsistentOccurrences, FindingSeverity.Warning, first.Figure, printings.Select(p => p.Location), first.Text, null,
            "one figure, one value wherever it is printed", null,
            $"{ExpectedNumber.Capitalized(id)} tercetak berbeda di beberapa tempat: {texts}.",
            $"The {en} is printed differently in different places: {texts}.");
    }

    // Numbers compare by value (88,25, 88.25 and 88,250 are one printing); other text by its words.
    private static string Key(PrintedFigure printed)
    {
        if (!PrintedText.TryReadNumber(printed.Text, out decimal value, out _))
        {
            return string.Join(' ', printed.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
        }
        string number = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Trailing zeros are dropped after a decimal point only: 1.413.648.890 is not 141.364.889.
        return number.Contains('.', StringComparison.Ordinal) ? number.TrimEnd('0').TrimEnd('.') : number;
    }
}

/// <summary>Checks a printed sum or mean over printed parts.</summary>
internal static class Aggregates
{
    internal static Finding? Check(PrintedAggregate aggregate)
    {
        var values = new List<decimal>(aggregate.Parts.Count);
        foreach (string part in aggregate.Parts)
        {
            if (!PrintedText.TryReadNumber(part, out decimal value, out string? problem))
            {
                return Unreadable(aggregate, part, problem!);
            }
            values.Add(value);
        }
        if (!PrintedText.TryReadNumber(aggregate.Result, out decimal printed, out string? resultProblem))
        {
            return Unreadable(aggregate, aggregate.Result, resultProblem!);
        }
        decimal sum = 0m;
        foreach (decimal v in values)
        {
            sum += v;
        }
        int decimals = PrintedText.Decimals(printed);
        bool mean = aggregate.Operation == AggregateOperation.Mean;
        // A total or a difference of printed parts is exact; a mean is compared at its printed
        // precision. The mean's one division is exact to 28 digits, so rounding it once to the
        // printed decimals cannot land on a tie it does not really have.
        decimal computed = aggregate.Operation switch
        {
            AggregateOperation.Mean => sum / values.Count,
            AggregateOperation.Difference => values[0] - (sum - values[0]),
            _ => sum,
        };
        if (mean ? PrintedText.AtPrecision(computed, decimals) == printed : computed == printed)
        {
            return null;
        }
        int shownDecimals = mean ? Math.Max(decimals, 2) : MaxScale(values);
        string shown = PrintedText.Format(PrintedText.AtPrecision(computed, shownDecimals), shownDecimals);
        if (aggregate.Operation == AggregateOperation.Difference)
        {
            string terms = string.Join(" − ", aggregate.Parts);
            return new Finding(FindingKind.WrongValue, FindingSeverity.Error, null, [aggregate.Location], aggregate.Result, shown,
                "difference = the first part minus the others", null,
                $"{aggregate.Label}: selisih tercetak {aggregate.Result}, padahal {terms} = {shown}.",
                $"{aggregate.Label}: the difference is printed as {aggregate.Result}, but {terms} = {shown}.");
        }
        string parts = string.Join(" + ", aggregate.Parts);
        return mean
            ? new Finding(FindingKind.WrongValue, FindingSeverity.Error, null, [aggregate.Location], aggregate.Result, shown,
                "mean = sum of the parts / their number", null,
                $"{aggregate.Label}: rata-rata tercetak {aggregate.Result}, padahal rata-rata dari {parts} adalah {shown}.",
                $"{aggregate.Label}: the average is printed as {aggregate.Result}, but the mean of {parts} is {shown}.")
            : new Finding(FindingKind.SumMismatch, FindingSeverity.Error, null, [aggregate.Location], aggregate.Result, shown,
                "total = sum of the parts", null,
                aggregate.IsImplied
                    ? $"{aggregate.Label}: {parts} berjumlah {shown}, bukan {aggregate.Result}."
                    : $"{aggregate.Label}: jumlah tercetak {aggregate.Result}, padahal {parts} = {shown}.",
                aggregate.IsImplied
                    ? $"{aggregate.Label}: {parts} add up to {shown}, not {aggregate.Result}."
                    : $"{aggregate.Label}: the total is printed as {aggregate.Result}, but {parts} = {shown}.");
    }

    // An aggregate has at least one part.
    private static int MaxScale(List<decimal> values) => values.Max(v => (int)v.Scale);

    private static Finding Unreadable(PrintedAggregate aggregate, string text, string problem) =>
        new(FindingKind.MalformedNumber, FindingSeverity.Warning, null, [aggregate.Location], text, null, "total = sum of the parts", null,
            $"{aggregate.Label}: '{text}' tidak dapat dibaca sebagai angka: {problem}.",
            $"{aggregate.Label}: '{text}' cannot be read as a number: {problem}.");
}
