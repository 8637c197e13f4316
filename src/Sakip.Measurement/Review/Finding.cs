using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sakip.Measurement.Model;

namespace Sakip.Measurement.Review;

/// <summary>What a review finding says is wrong.</summary>
public enum FindingKind
{
    /// <summary>A computed figure is printed with a value the rule does not give at the printed precision.</summary>
    WrongValue = 0,

    /// <summary>A computed figure is printed cut off rather than rounded (99,99 printed for 99,995): the digits are right, the rounding is not.</summary>
    Truncated = 1,

    /// <summary>A predikat, kriteria or ticked column is not the grade of the figure on the report's scale.</summary>
    WrongPredikat = 2,

    /// <summary>An efficiency verdict is not what the report's efficiency policy gives.</summary>
    WrongEfficiency = 3,

    /// <summary>A total or a line with lines below is printed with an amount its parts do not add up to.</summary>
    SumMismatch = 4,

    /// <summary>An input (a target, a realisasi, a budget line's amount) is printed with a value other than the one the calculation uses.</summary>
    InputMismatch = 5,

    /// <summary>The same figure is printed with different values in different places, and no computation decides which is right.</summary>
    InconsistentOccurrences = 6,

    /// <summary>A printed predikat or label is not on the report's scale, or the figure lies in a gap of the scale.</summary>
    OutsideScale = 7,

    /// <summary>A printed number cannot be read: malformed digit groups, a stray sign, text where a number belongs.</summary>
    MalformedNumber = 8,

    /// <summary>A cell prints no figure (empty, or a dash) where the rule gives one.</summary>
    MissingFigure = 9,

    /// <summary>A rating scale as printed repeats a code, grades one value twice, or leaves values its figures can take ungraded.</summary>
    InvalidScale = 10,
}

/// <summary>How much a finding matters to a reader of the report.</summary>
public enum FindingSeverity
{
    /// <summary>Presentation: the figure is right but printed badly (truncated, malformed).</summary>
    Notice = 0,

    /// <summary>The report contradicts itself; the reader cannot tell which printing is right.</summary>
    Warning = 1,

    /// <summary>A printed figure is wrong: the rule gives another value or grade.</summary>
    Error = 2,
}

/// <summary>
/// One discrepancy in a published report: what kind, how serious, which figure, every place
/// involved, the text printed, the value the rule gives at the printed precision, the rule and
/// policy used, the other policy that would produce the printed value (when one does), and a
/// one-sentence explanation in Indonesian and English.
/// </summary>
/// <remarks>
/// <para>Every finding follows from the report's data alone: reviewing the same report again gives
/// equal findings.</para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record Finding
{
    internal Finding(FindingKind kind, FindingSeverity severity, FigureId? figure, IEnumerable<PrintedLocation> locations, string printed,
        string? computed, string rule, PolicyText? alternativePolicy, string explanation, string explanationEnglish)
    {
        Kind = kind;
        Severity = severity;
        Figure = figure;
        Locations = EquatableArray.Create(locations);
        Printed = printed;
        Computed = computed;
        Rule = rule;
        AlternativePolicy = alternativePolicy?.Indonesian;
        AlternativePolicyEnglish = alternativePolicy?.English;
        Explanation = explanation;
        ExplanationEnglish = explanationEnglish;
    }

    /// <summary>Gets what is wrong.</summary>
    public FindingKind Kind { get; }

    /// <summary>Gets how much it matters.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>Gets the figure concerned, or <see langword="null"/> for an aggregate of printed parts (a population total).</summary>
    public FigureId? Figure { get; }

    /// <summary>Gets every place involved: the printing found wrong first, then the places it conflicts with.</summary>
    public EquatableArray<PrintedLocation> Locations { get; }

    /// <summary>Gets the text exactly as printed at the first location.</summary>
    public string Printed { get; }

    /// <summary>Gets the value the rule gives, formatted at the printed precision (id-ID), or <see langword="null"/> when there is none to give.</summary>
    public string? Computed { get; }

    /// <summary>Gets the rule and policy the value was computed under, e.g. <c>capaian = realisasi / target × 100, Cap100Floor0</c>.</summary>
    public string Rule { get; }

    /// <summary>Gets, in Indonesian, the other policy under which the printed value is what the rule gives (e.g. <c>tanpa batas 100 (nilai sebelum dibatasi)</c>), or <see langword="null"/>.</summary>
    public string? AlternativePolicy { get; }

    /// <summary>Gets the same policy named in English (e.g. <c>no cap (the value before capping)</c>), or <see langword="null"/>.</summary>
    public string? AlternativePolicyEnglish { get; }

    /// <summary>Gets one sentence in Indonesian saying what is wrong.</summary>
    public string Explanation { get; }

    /// <summary>Gets the same sentence in English.</summary>
    public string ExplanationEnglish { get; }

    /// <summary>Gets the source lines of the locations, in order, without repeats.</summary>
    public IEnumerable<int> Lines => Locations.Where(l => l.Line.HasValue).Select(l => l.Line!.Value).Distinct();

    /// <summary>Returns e.g. <c>Error WrongValue Capaian[IKU-3] at Tabel 3.1, baris 3 (L519): …</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Severity} {Kind} {Figure?.ToString() ?? "aggregate"} at {string.Join("; ", Locations)}: {ExplanationEnglish}");
}
