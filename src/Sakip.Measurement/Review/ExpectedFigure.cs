using System;
using System.Collections.Generic;
using System.Linq;
using Sakip.Measurement.Calculation;
using Sakip.Measurement.Model;
using Sakip.Measurement.Results;
using Sakip.Measurement.Scales;
using Sakip.Measurement.Text;

namespace Sakip.Measurement.Review;

/// <summary>What a printed occurrence of a figure should say, and how to tell when it does not.</summary>
/// <remarks>
/// One subclass per kind of figure (a computed number, an input, a grade, a verdict): the review
/// asks the expected figure to check each occurrence and never switches on kinds itself. The
/// values come from the calculators' results; nothing here computes a rule.
/// </remarks>
internal abstract class ExpectedFigure
{
    protected ExpectedFigure(string rule) => Rule = rule;

    /// <summary>The rule and policy the value comes from.</summary>
    internal string Rule { get; }

    /// <summary>Checks one printed occurrence; <see langword="null"/> when it agrees.</summary>
    internal abstract Finding? Check(PrintedFigure printed, IReadOnlyList<PrintedFigure> all);

    protected static Finding Missing(PrintedFigure printed, string computed, string rule) => new(
        FindingKind.MissingFigure, FindingSeverity.Warning, printed.Figure, [printed.Location], printed.Text, computed, rule, null,
        $"Tidak ada {FigureNames.Indonesian(printed.Figure)} tercetak ('{printed.Text}'), padahal aturan memberi {computed}.",
        $"No {FigureNames.English(printed.Figure)} is printed ('{printed.Text}'), but the rule gives {computed}.");

    protected static Finding Malformed(PrintedFigure printed, string problem, string rule) => new(
        FindingKind.MalformedNumber, FindingSeverity.Warning, printed.Figure, [printed.Location], printed.Text, null, rule, null,
        $"{ExpectedNumber.Capitalized(FigureNames.Indonesian(printed.Figure))} tercetak '{printed.Text}', yang tidak dapat dibaca sebagai angka: {problem.TrimEnd('.')}.",
        $"The {FigureNames.English(printed.Figure)} is printed as '{printed.Text}', which cannot be read as a number: {problem.TrimEnd('.')}.");

    protected static Finding Ambiguous(PrintedFigure printed, string rule) => new(
        FindingKind.MalformedNumber, FindingSeverity.Warning, printed.Figure, [printed.Location], printed.Text, null, rule, null,
        $"{ExpectedNumber.Capitalized(FigureNames.Indonesian(printed.Figure))} tercetak '{printed.Text}', yang ambigu: titiknya bisa pemisah ribuan (id-ID) atau tanda desimal, dan keduanya tebakan.",
        $"The {FigureNames.English(printed.Figure)} is printed as '{printed.Text}', which is ambiguous: the dot may separate thousands (id-ID) or decimals, and either reading is a guess.");

    // The other places that print the same figure as the rule gives it: a reader of a wrong
    // printing is pointed to a right one.
    protected static IEnumerable<PrintedLocation> AgreeingPlaces(PrintedFigure printed, IReadOnlyList<PrintedFigure> all, Func<PrintedFigure, bool> agrees) =>
        all.Where(p => !ReferenceEquals(p, printed) && agrees(p)).Select(p => p.Location);
}

/// <summary>An alternative computation: another policy, and the value it gives.</summary>
internal readonly record struct Alternative(decimal Value, PolicyText Policy);

/// <summary>A policy other than the report's, named in both languages of the findings.</summary>
internal sealed record PolicyText(string Indonesian, string English)
{
    internal static readonly PolicyText NoCap = new("tanpa batas 100 (nilai sebelum dibatasi)", "no cap (the value before capping)");
    internal static readonly PolicyText CapAt100 = new("batas 100", "a cap at 100");
    internal static readonly PolicyText MeanBeforeCap = new("rata-rata capaian sebelum dibatasi", "averaging the capaian before the cap");
    internal static readonly PolicyText MeanCapped = new("rata-rata capaian yang dibatasi", "averaging the capped capaian");
    internal static readonly PolicyText GradeRealisasi = new("predikat dari realisasi, bukan dari capaian", "grading the realisasi instead of the capaian");
    internal static readonly PolicyText GradeMeanBeforeCap = new("predikat dari rata-rata sebelum dibatasi", "grading the mean before the cap");
    internal static readonly PolicyText GradeMeanCapped = new("predikat dari rata-rata yang dibatasi", "grading the capped mean");
    internal static readonly PolicyText InverseFormula = new("rumus negatif kebalikan (target / realisasi × 100)", "the Inverse negative formula");
    internal static readonly PolicyText RegulationFormula = new("rumus negatif peraturan ((2 × target − realisasi) / target × 100)", "the Regulation negative formula");

    internal static PolicyText OppositePolarity(Polarity opposite) => opposite == Polarity.Negative
        ? new("polaritas sebaliknya (negatif: makin kecil makin baik)", "the opposite polarity (Negative)")
        : new("polaritas sebaliknya (positif: makin besar makin baik)", "the opposite polarity (Positive)");
}

/// <summary>
/// A number: computed by a rule (capaian, serapan, a mean), summed from lines below (a parent
/// budget line, a total), or an input the calculation uses (a budget line's amount). Printed
/// values are compared at their own precision, half away from zero.
/// </summary>
internal sealed class ExpectedNumber : ExpectedFigure
{
    private readonly Func<int, decimal> atPrecision;

    internal ExpectedNumber(decimal value, NumberRole role, string rule, IEnumerable<Alternative>? alternatives = null,
        IEnumerable<decimal>? accepted = null, Func<int, decimal>? atPrecision = null, bool ratio = true)
        : base(rule)
    {
        Value = value;
        Role = role;
        IsRatio = ratio;
        Alternatives = alternatives?.ToArray() ?? [];
        Accepted = accepted?.ToArray() ?? [];
        this.atPrecision = atPrecision ?? (d => PrintedText.AtPrecision(value, d));
    }

    internal decimal Value { get; }

    internal NumberRole Role { get; }

    /// <summary>Whether the figure is a percentage or an index (a dot before three digits is then ambiguous) rather than an amount.</summary>
    internal bool IsRatio { get; }

    /// <summary>Values other policies give: a printed value equal to one is still wrong, and the finding says which policy gives it.</summary>
    internal Alternative[] Alternatives { get; }

    /// <summary>Values that are equally right (a serapan over the other pagu column the table prints).</summary>
    internal decimal[] Accepted { get; }

    internal bool Agrees(PrintedFigure printed) =>
        PrintedText.TryReadNumber(printed.Text, out decimal value, out _) && Matches(value, PrintedText.Decimals(value));

    // A computed ratio is exact to CapaianResult.DecimalPlaces (16) places: a printing with more
    // decimals is compared at 16, where both are exact.
    private bool Matches(decimal printed, int decimals)
    {
        if (decimals > CapaianResult.DecimalPlaces)
        {
            decimals = CapaianResult.DecimalPlaces;
            printed = PrintedText.AtPrecision(printed, decimals);
        }
        return atPrecision(decimals) == printed || Accepted.Any(a => PrintedText.AtPrecision(a, decimals) == printed);
    }

    internal override Finding? Check(PrintedFigure printed, IReadOnlyList<PrintedFigure> all)
    {
        if (PrintedText.IsBlank(printed.Text))
        {
            return Missing(printed, PrintedText.Format(atPrecision(2), 2), Rule);
        }
        if (IsRatio && PrintedText.IsAmbiguousDot(printed.Text))
        {
            return Ambiguous(printed, Rule);
        }
        if (!PrintedText.TryReadNumber(printed.Text, out decimal value, out string? problem))
        {
            return Malformed(printed, problem!, Rule);
        }
        int decimals = PrintedText.Decimals(value);
        if (Matches(value, decimals))
        {
            return null;
        }
        // Shown at the printed precision, but never beyond the 16 places the computation holds.
        int shown = Math.Min(decimals, CapaianResult.DecimalPlaces);
        string computed = PrintedText.Format(atPrecision(shown), shown);
        var places = new List<PrintedLocation> { printed.Location };
        places.AddRange(AgreeingPlaces(printed, all, Agrees));
        string id = FigureNames.Indonesian(printed.Figure);
        string en = FigureNames.English(printed.Figure);
        if (PrintedText.Truncated(Value, decimals) == value)
        {
            return new Finding(FindingKind.Truncated, FindingSeverity.Notice, printed.Figure, places, printed.Text, computed, Rule, null,
                $"{Capitalized(id)} tercetak {printed.Text}: angkanya dipotong, bukan dibulatkan; dibulatkan menjadi {computed}.",
                $"The {en} is printed as {printed.Text}: cut off rather than rounded; rounded half away from zero it is {computed}.");
        }
        foreach (var alternative in Alternatives)
        {
            if (PrintedText.AtPrecision(alternative.Value, decimals) == value)
            {
                return new Finding(FindingKind.WrongValue, FindingSeverity.Error, printed.Figure, places, printed.Text, computed, Rule, alternative.Policy,
                    $"{Capitalized(id)} tercetak {printed.Text}, menurut aturan laporan {computed}; nilai tercetak adalah hasil {alternative.Policy.Indonesian}.",
                    $"The {en} is printed as {printed.Text}; the report's rule gives {computed}; the printed value is what {alternative.Policy.English} gives.");
            }
        }
        return Role switch
        {
            NumberRole.Sum => new Finding(FindingKind.SumMismatch, FindingSeverity.Error, printed.Figure, places, printed.Text, computed, Rule, null,
                $"{Capitalized(id)} tercetak {printed.Text}, tetapi rinciannya berjumlah {computed}.",
                $"The {en} is printed as {printed.Text}, but its parts add up to {computed}."),
            NumberRole.Input => new Finding(FindingKind.InputMismatch, FindingSeverity.Warning, printed.Figure, places, printed.Text, computed, Rule, null,
                $"{Capitalized(id)} tercetak {printed.Text} di sini, tetapi perhitungan memakai {computed}.",
                $"The {en} is printed as {printed.Text} here, but the calculation uses {computed}."),
            _ => new Finding(FindingKind.WrongValue, FindingSeverity.Error, printed.Figure, places, printed.Text, computed, Rule, null,
                $"{Capitalized(id)} tercetak {printed.Text}, menurut aturan {computed}.",
                $"The {en} is printed as {printed.Text}; the rule gives {computed}."),
        };
    }

    internal static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

/// <summary>Where an expected number comes from.</summary>
internal enum NumberRole
{
    /// <summary>Computed by a rule.</summary>
    Computed = 0,

    /// <summary>The sum of the lines or parts below.</summary>
    Sum = 1,

    /// <summary>An input the calculation uses.</summary>
    Input = 2,
}

/// <summary>
/// An indicator's target or realisasi: an input printed in several places (Renstra, RKT, PK,
/// Bab III, the text). A printing that reads as another value is an input mismatch; one printed
/// with fewer decimals agrees when the input rounds to it (88,3 for 88,25).
/// </summary>
internal sealed class ExpectedInput : ExpectedFigure
{
    // Reads a printed text and says whether it agrees, or why it cannot be read.
    private readonly Func<string, (bool Readable, bool Agrees, string? Problem)> compare;
    private readonly string display;

    private ExpectedInput(string rule, string display, Func<string, (bool, bool, string?)> compare)
        : base(rule)
    {
        this.display = display;
        this.compare = compare;
    }

    internal static ExpectedInput ForRealisasi(IndicatorValue realisasi) =>
        new("realisasi as the performance table uses it", IndicatorValuePattern.Default.Format(realisasi), text =>
        {
            var parsed = IndicatorValuePattern.Default.Parse(text);
            return parsed.Success ? (true, Agrees(parsed.Value, realisasi), null) : (false, false, parsed.Exception.Message);
        });

    internal static ExpectedInput ForTarget(Target target) =>
        new("target in force (PK Perubahan, else PK, else Renstra)", TargetPattern.Default.Format(target), text =>
        {
            var parsed = TargetPattern.Default.Parse(text, target.Kind);
            if (!parsed.Success)
            {
                return (false, false, parsed.Exception.Message);
            }
            bool agrees = target.Kind == TargetKind.Range
                ? parsed.Value.Lower == target.Lower && parsed.Value.Upper == target.Upper
                : Agrees(parsed.Value.Value, target.Value);
            return (true, agrees, null);
        });

    internal override Finding? Check(PrintedFigure printed, IReadOnlyList<PrintedFigure> all)
    {
        if (PrintedText.IsBlank(printed.Text))
        {
            return Missing(printed, display, Rule);
        }
        var (readable, agrees, problem) = compare(printed.Text);
        if (!readable)
        {
            return Malformed(printed, problem!, Rule);
        }
        if (agrees)
        {
            return null;
        }
        var places = new List<PrintedLocation> { printed.Location };
        places.AddRange(AgreeingPlaces(printed, all, p => compare(p.Text).Agrees));
        string id = FigureNames.Indonesian(printed.Figure);
        string en = FigureNames.English(printed.Figure);
        return new Finding(FindingKind.InputMismatch, FindingSeverity.Warning, printed.Figure, places, printed.Text, display, Rule, null,
            $"{ExpectedNumber.Capitalized(id)} tercetak {printed.Text} di sini, tetapi tabel pengukuran kinerja memakai {display}.",
            $"The {en} is printed as {printed.Text} here, but the performance table uses {display}.");
    }

    private static bool Agrees(IndicatorValue printed, IndicatorValue expected) =>
        printed == expected
        || (printed.IsNumeric && expected.IsNumeric && PrintedText.AtPrecision(expected.Number, printed.Number.Scale) == printed.Number);
}

/// <summary>A predikat: the grade of a figure on a scale, printed as a code, a label or a ticked column.</summary>
internal sealed class ExpectedGrade : ExpectedFigure
{
    internal ExpectedGrade(PredikatScale scale, PredikatBand? band, decimal graded, string rule, IEnumerable<(PredikatBand Band, PolicyText Why)>? alternatives = null)
        : base(rule)
    {
        Scale = scale;
        Band = band;
        Graded = graded;
        Alternatives = alternatives?.ToArray() ?? [];
    }

    internal PredikatScale Scale { get; }

    internal PredikatBand? Band { get; }

    internal decimal Graded { get; }

    internal (PredikatBand Band, PolicyText Why)[] Alternatives { get; }

    internal override Finding? Check(PrintedFigure printed, IReadOnlyList<PrintedFigure> all)
    {
        string value = PrintedText.Format(Graded, 2);
        if (PrintedText.IsBlank(printed.Text) && Band is not null)
        {
            return Missing(printed, $"{Band.Code} ({Band.Label})", Rule);
        }
        var band = PrintedText.MatchBand(Scale, printed.Text);
        string id = FigureNames.Indonesian(printed.Figure);
        string en = FigureNames.English(printed.Figure);
        if (band is null)
        {
            return new Finding(FindingKind.OutsideScale, FindingSeverity.Warning, printed.Figure, [printed.Location], printed.Text,
                Band is null ? null : $"{Band.Code} ({Band.Label})", Rule, null,
                $"{ExpectedNumber.Capitalized(id)} tercetak '{printed.Text}', yang bukan predikat pada skala {Scale.Name}" + (Band is null ? "." : $"; nilai {value} berpredikat {Band.Code} ({Band.Label})."),
                $"The {en} is printed as '{printed.Text}', which is not a grade of the {Scale.Name} scale" + (Band is null ? "." : $"; {value} is {Band.Code} ({Band.Label})."));
        }
        if (Band is null)
        {
            return new Finding(FindingKind.OutsideScale, FindingSeverity.Warning, printed.Figure, [printed.Location], printed.Text, null, Rule, null,
                $"{ExpectedNumber.Capitalized(id)} tercetak {printed.Text}, tetapi nilai {value} jatuh di celah skala {Scale.Name}.",
                $"The {en} is printed as {printed.Text}, but {value} falls in a gap of the {Scale.Name} scale.");
        }
        if (band.Equals(Band))
        {
            return null;
        }
        var places = new List<PrintedLocation> { printed.Location };
        places.AddRange(AgreeingPlaces(printed, all, p => Band.Equals(PrintedText.MatchBand(Scale, p.Text))));
        var why = Alternatives.Where(a => a.Band.Equals(band)).Select(a => a.Why).FirstOrDefault();
        string computed = $"{Band.Code} ({Band.Label})";
        return new Finding(FindingKind.WrongPredikat, FindingSeverity.Error, printed.Figure, places, printed.Text, computed, Rule, why,
            $"{ExpectedNumber.Capitalized(id)} tercetak {printed.Text}, tetapi nilai {value} berpredikat {computed} pada skala {Scale.Name}" + (why is null ? "." : $"; yang tercetak adalah hasil {why.Indonesian}."),
            $"The {en} is printed as {printed.Text}, but {value} is {computed} on the {Scale.Name} scale" + (why is null ? "." : $"; the printed grade is what {why.English} gives."));
    }
}

/// <summary>
/// A count of what the report holds (indicators, sasaran, tujuan, budget lines), printed as a
/// number, a number with its word (<c>8 (Delapan)</c>) or a word alone (<c>tiga</c>).
/// </summary>
internal sealed class ExpectedCount : ExpectedFigure
{
    private static readonly string[] Words =
        ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"];

    private readonly int count;

    internal ExpectedCount(int count, string rule)
        : base(rule) => this.count = count;

    internal override Finding? Check(PrintedFigure printed, IReadOnlyList<PrintedFigure> all)
    {
        if (Read(printed.Text) is not int value)
        {
            return Malformed(printed, "expected a count: digits or a number word (satu, dua, …)", Rule);
        }
        if (value == count)
        {
            return null;
        }
        string computed = count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string id = FigureNames.Indonesian(printed.Figure);
        string en = FigureNames.English(printed.Figure);
        return new Finding(FindingKind.WrongValue, FindingSeverity.Error, printed.Figure, [printed.Location], printed.Text, computed, Rule, null,
            $"{ExpectedNumber.Capitalized(id)} tercetak {printed.Text}, padahal laporan memuat {computed}.",
            $"The {en} is printed as {printed.Text}, but the report holds {computed}.");
    }

    // The leading digits, else the first word that is a number word.
    private static int? Read(string text)
    {
        var s = text.AsSpan().Trim();
        int digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits]))
        {
            digits++;
        }
        if (digits > 0)
        {
            return int.TryParse(s[..digits], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int count) ? count : null;
        }
        foreach (string word in text.Split([' ', '(', ')', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            int index = Array.IndexOf(Words, word.ToLowerInvariant());
            if (index >= 0)
            {
                return index;
            }
        }
        return null;
    }
}

/// <summary>An efficiency verdict under the report's efficiency policy.</summary>
internal sealed class ExpectedVerdict : ExpectedFigure
{
    private readonly EfficiencyVerdict verdict;

    internal ExpectedVerdict(EfficiencyVerdict verdict)
        : base($"efficiency: {verdict.Policy}") => this.verdict = verdict;

    internal override Finding? Check(PrintedFigure printed, IReadOnlyList<PrintedFigure> all)
    {
        var level = PrintedText.MatchVerdict(printed.Text);
        if (level is null || verdict.Level == EfficiencyLevel.NotAssessed || level == verdict.Level)
        {
            return null;
        }
        string computed = verdict.Label;
        var places = new List<PrintedLocation> { printed.Location };
        places.AddRange(AgreeingPlaces(printed, all, p => PrintedText.MatchVerdict(p.Text) == verdict.Level));
        return new Finding(FindingKind.WrongEfficiency, FindingSeverity.Error, printed.Figure, places, printed.Text, computed, Rule, null,
            // The verdict's explanation starts with its label ("Tidak efisien: …"); it is not repeated.
            $"Tercetak '{printed.Text}', tetapi menurut kebijakan efisiensi laporan ({verdict.Policy}): {verdict.Explanation}",
            $"Printed '{printed.Text}', but under the report's efficiency policy ({verdict.Policy}): {verdict.ExplanationEnglish}");
    }

}
