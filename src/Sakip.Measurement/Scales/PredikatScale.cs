using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Threading;
using Sakip.Measurement.Calculation;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Scales;

/// <summary>
/// A predikat scale: an ordered, gap-free, non-overlapping list of <see cref="PredikatBand"/>s
/// that grades a value (a capaian or an evaluation score).
/// </summary>
/// <remarks>
/// <para>A scale is data. It is validated when built: bands must not overlap, must leave no
/// hole between the lowest and the highest bound (unless built with <see cref="CreateAsPrinted"/>,
/// for a report's own scale with its holes), and must not repeat a code; otherwise
/// <see cref="InvalidScaleException"/> names the offending bands. The bands are kept in the
/// order the caller gave them (<see cref="Bands"/>), whatever that order is.</para>
/// <para>The domain runs from the lowest band's lower bound to the highest band's upper bound;
/// <see cref="Classify(decimal)"/> throws outside it (and in a hole), <see cref="TryClassify"/> and
/// <see cref="IndexOf"/> report it, and <see cref="Grade"/> says which of the three it is.</para>
/// <para>Equality is structural (name and bands in order).</para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class PredikatScale : IEquatable<PredikatScale>
{
    // Band indexes (into Bands) sorted from the lowest band to the highest, and their upper
    // bounds in that order, so that classification is a binary search over plain arrays.
    private readonly int[] ascending;
    private readonly decimal[] uppers;
    private readonly bool[] upperAdmitsEqual;
    private readonly int searchable; // bands with a finite upper bound (all but possibly the last)

    // The grader of the last batch evaluated on this scale (CapaianBatch.Evaluate): a cache of an
    // immutable object, replaced whole when another policy or basis comes, so that a batch call
    // does not rebuild its thresholds. It changes nothing observable.
    private CapaianGrader? lastGrader;

    private PredikatScale(string name, EquatableArray<PredikatBand> bands, int[] ascending, bool hasGaps)
    {
        Name = name;
        Bands = bands;
        HasGaps = hasGaps;
        this.ascending = ascending;
        uppers = new decimal[ascending.Length];
        upperAdmitsEqual = new bool[ascending.Length];
        for (int k = 0; k < ascending.Length; k++)
        {
            var upper = bands[ascending[k]].Upper;
            uppers[k] = Calculation.DecimalRatio.AtRatioScale(upper.RawValue);
            upperAdmitsEqual[k] = upper.IsInclusive;
        }
        searchable = bands[ascending[^1]].Upper.IsUnbounded ? ascending.Length - 1 : ascending.Length;
    }

    /// <summary>
    /// Gets the PermenPANRB 88/2021 scale as the regulation writes it: lower-exclusive,
    /// upper-inclusive bands (80 is BB, 80,01 is A; exactly 0 is D). Values above 100 (uncapped
    /// capaian) fall in AA and values below 0 in D, so every number is graded.
    /// </summary>
    public static PredikatScale PermenPanRb88Tahun2021 { get; } = PermenPanRb88("PermenPANRB 88/2021", lowerInclusive: false);

    /// <summary>
    /// Gets the PermenPANRB 88/2021 bands read lower-inclusive, upper-exclusive (80 is A), as many
    /// regional applications implement them. Not the regulation's reading; offered by name only.
    /// </summary>
    public static PredikatScale PermenPanRb88Tahun2021LowerInclusive { get; } =
        PermenPanRb88("PermenPANRB 88/2021 (batas bawah inklusif)", lowerInclusive: true);

    /// <summary>
    /// Gets the Permendagri 86/2017 realisation-level scale with the regulation's bounds
    /// (≥ 91, 76–90, 66–75, 51–65, ≤ 50). The printed bands leave gaps for non-integers
    /// (90,5; 75,5; 65,5; 50,5); each band here runs up to the next band's lower bound, so 90,5
    /// is Tinggi and 91 is Sangat Tinggi.
    /// </summary>
    public static PredikatScale Permendagri86Tahun2017 { get; } = Permendagri86(
        "Permendagri 86/2017", 91m);

    /// <summary>
    /// Gets the Permendagri 86/2017 scale as some reports print it (Kencong 2025: "≥ 90 Sangat
    /// Tinggi", "76 ≤ 90 Tinggi"): the top band starts at 90, so exactly 90 is Sangat Tinggi;
    /// the other gaps are closed as in <see cref="Permendagri86Tahun2017"/>.
    /// </summary>
    public static PredikatScale Permendagri86Tahun2017From90 { get; } = Permendagri86(
        "Permendagri 86/2017 (≥ 90 sangat tinggi)", 90m);

    /// <summary>Gets the scale's name.</summary>
    public string Name { get; }

    /// <summary>Gets the bands in the order they were given.</summary>
    public EquatableArray<PredikatBand> Bands { get; }

    /// <summary>
    /// Gets a value indicating whether the bands leave holes inside the domain (a scale built
    /// with <see cref="CreateAsPrinted"/> from bands such as "81–100" and "61–80"): a value in a
    /// hole is graded <see cref="PredikatGradeStatus.InGap"/>, never put in a neighbouring band.
    /// </summary>
    public bool HasGaps { get; }

    /// <summary>Gets the lower bound of the scale's domain.</summary>
    public BandBound DomainLower => Bands[ascending[0]].Lower;

    /// <summary>Gets the upper bound of the scale's domain.</summary>
    public BandBound DomainUpper => Bands[ascending[^1]].Upper;

    /// <summary>Builds and validates a scale.</summary>
    /// <param name="name">The scale's name.</param>
    /// <param name="bands">The bands, in any order; kept in that order.</param>
    /// <returns>The scale.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="bands"/> or a band is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="InvalidScaleException">No bands are given, a code repeats, two bands overlap, or the bands leave a hole.</exception>
    public static PredikatScale Create(string name, IEnumerable<PredikatBand> bands) => Build(name, bands, allowGaps: false);

    /// <summary>
    /// Builds a scale exactly as a report prints it, holes included: whole-number bands such as
    /// "81–100 Sangat Baik" and "61–80 Baik" leave 80 &lt; x &lt; 81 uncovered. A value in a hole
    /// is not graded (<see cref="Grade"/> says <see cref="PredikatGradeStatus.InGap"/>); no band is
    /// guessed for it. Overlapping bands and repeated codes are still rejected.
    /// </summary>
    /// <param name="name">The scale's name.</param>
    /// <param name="bands">The bands, in any order; kept in that order.</param>
    /// <returns>The scale; <see cref="HasGaps"/> says whether it has holes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="bands"/> or a band is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="InvalidScaleException">No bands are given, a code repeats, or two bands overlap.</exception>
    public static PredikatScale CreateAsPrinted(string name, IEnumerable<PredikatBand> bands) => Build(name, bands, allowGaps: true);

    private static PredikatScale Build(string name, IEnumerable<PredikatBand> bands, bool allowGaps)
    {
        Preconditions.CheckNotBlank(name);
        var list = Preconditions.CheckElementsNotNull(bands);
        if (list.IsEmpty)
        {
            throw new InvalidScaleException($"Scale '{name}' has no bands.");
        }
        var (order, defects) = Analyse(list);
        bool hasGaps = false;
        foreach (var defect in defects)
        {
            if (defect.Kind != ScaleDefectKind.Gap || !allowGaps)
            {
                throw new InvalidScaleException($"Scale '{name}' {defect.Describe()}.");
            }
            hasGaps = true;
        }
        return new PredikatScale(name, new EquatableArray<PredikatBand>(list), order, hasGaps);
    }

    /// <summary>
    /// Orders bands from the bottom of the scale up and lists every defect: a repeated code, two
    /// bands that grade the same value, a hole between neighbours. The one place these rules live:
    /// building a scale refuses the defects, and the review reports those of a scale as printed.
    /// </summary>
    internal static (int[] Order, List<ScaleDefect> Defects) Analyse(IReadOnlyList<PredikatBand> list)
    {
        var defects = new List<ScaleDefect>();
        var codes = new Dictionary<string, PredikatBand>(StringComparer.Ordinal);
        foreach (var band in list)
        {
            if (!codes.TryAdd(band.Code, band))
            {
                defects.Add(new ScaleDefect(ScaleDefectKind.RepeatedCode, codes[band.Code], band));
            }
        }

        int[] order = Enumerable.Range(0, list.Count)
            .OrderBy(i => list[i].Lower.IsUnbounded ? 0 : 1)
            .ThenBy(i => list[i].Lower.RawValue)
            .ThenBy(i => list[i].Lower.IsInclusive ? 0 : 1)
            .ToArray();
        for (int k = 1; k < order.Length; k++)
        {
            var below = list[order[k - 1]];
            var band = list[order[k]];
            if (band.Lower.IsUnbounded || below.Upper.IsUnbounded)
            {
                defects.Add(new ScaleDefect(ScaleDefectKind.Overlap, below, band));
                continue;
            }
            decimal meet = below.Upper.RawValue;
            decimal start = band.Lower.RawValue;
            if (meet > start || (meet == start && below.Upper.IsInclusive && band.Lower.IsInclusive))
            {
                defects.Add(new ScaleDefect(ScaleDefectKind.Overlap, below, band));
            }
            else if (meet < start || (!below.Upper.IsInclusive && !band.Lower.IsInclusive))
            {
                defects.Add(new ScaleDefect(ScaleDefectKind.Gap, below, band));
            }
        }
        return (order, defects);
    }

    /// <summary>
    /// Grades a value: the band that contains it, or why there is none — below or above the
    /// scale's domain, or in a hole of a scale built with <see cref="CreateAsPrinted"/>.
    /// Never throws and never guesses a band.
    /// </summary>
    /// <param name="value">The value, e.g. a capaian in percent.</param>
    /// <returns>The grade.</returns>
    public PredikatGrade Grade(decimal value)
    {
        int index = IndexOf(value);
        if (index >= 0)
        {
            return new PredikatGrade(PredikatGradeStatus.Graded, Bands[index]);
        }
        var status = !Bands[ascending[0]].AdmitsFromBelow(value) ? PredikatGradeStatus.BelowScale
            : !Bands[ascending[^1]].AdmitsFromAbove(value) ? PredikatGradeStatus.AboveScale
            : PredikatGradeStatus.InGap;
        return new PredikatGrade(status, null);
    }

    /// <summary>Returns the band that contains a value.</summary>
    /// <param name="value">The value, e.g. a capaian in percent.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> lies outside the scale's domain or in a hole between its bands.</exception>
    public PredikatBand Classify(decimal value)
    {
        var grade = Grade(value);
        if (grade.Band is { } band)
        {
            return band;
        }
        throw new ArgumentOutOfRangeException(nameof(value), value, grade.Status == PredikatGradeStatus.InGap
            ? string.Create(CultureInfo.InvariantCulture, $"The value lies in a hole between the bands of scale '{Name}'.")
            : string.Create(CultureInfo.InvariantCulture, $"The value lies outside the domain of scale '{Name}' ({DomainLower} to {DomainUpper})."));
    }

    /// <summary>Looks up the band that contains a value.</summary>
    /// <param name="value">The value.</param>
    /// <param name="band">The band when the value lies in the domain.</param>
    /// <returns><see langword="true"/> when the value lies in the domain.</returns>
    public bool TryClassify(decimal value, [NotNullWhen(true)] out PredikatBand? band)
    {
        int index = IndexOf(value);
        band = index < 0 ? null : Bands[index];
        return index >= 0;
    }

    /// <summary>Returns the index in <see cref="Bands"/> of the band containing a value, without allocating.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The index, or −1 when the value lies outside the domain.</returns>
    public int IndexOf(decimal value) => IndexOfCore(new DecimalValue(value));

    /// <summary>Returns a grader for a policy and basis on this scale, the last one built when they are the same.</summary>
    internal CapaianGrader GraderFor(CapaianPolicy policy, CapaianBasis basis)
    {
        var grader = Volatile.Read(ref lastGrader);
        if (grader is null || grader.Basis != basis || !(ReferenceEquals(grader.Policy, policy) || grader.Policy.Equals(policy)))
        {
            grader = new CapaianGrader(policy, this, basis);
            Volatile.Write(ref lastGrader, grader);
        }
        return grader;
    }

    /// <summary>Returns the band containing an exact value (an IKM as a fraction), compared with each bound exactly.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value lies outside the scale's domain.</exception>
    internal PredikatBand Classify(Rational value)
    {
        int index = IndexOfCore(value);
        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value.ToString(), string.Create(CultureInfo.InvariantCulture,
                $"The value lies outside the domain of scale '{Name}' ({DomainLower} to {DomainUpper})."));
        }
        return Bands[index];
    }

    // One search for every kind of value: a decimal (the hot path, specialised by the JIT for
    // the struct) or an exact fraction.
    private int IndexOfCore<TValue>(TValue value)
        where TValue : struct, IBoundComparable
    {
        // Find the lowest band whose upper bound admits the value (bands are contiguous, so
        // "admits from above" is monotone in the band order), then check its lower bound.
        int lo = 0;
        int hi = searchable;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            int c = value.CompareToBound(uppers[mid]);
            if (c < 0 || (c == 0 && upperAdmitsEqual[mid]))
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }
        if (lo == ascending.Length)
        {
            return -1; // above the domain
        }
        int index = ascending[lo];
        return Bands[index].AdmitsFromBelow(value) ? index : -1;
    }

    /// <summary>Returns the band with a code.</summary>
    /// <param name="code">The code, compared ordinally.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No band has the code.</exception>
    public PredikatBand GetBand(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        foreach (var band in Bands)
        {
            if (band.Code == code)
            {
                return band;
            }
        }
        throw new ArgumentException($"Scale '{Name}' has no band '{code}'.", nameof(code));
    }

    /// <summary>Returns a copy of the scale with other labels, e.g. the "Cukup Memadai" some reports print for B.</summary>
    /// <param name="name">The new scale's name.</param>
    /// <param name="labelsByCode">The new label for each code to relabel.</param>
    /// <returns>The relabelled scale.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A code is not on the scale.</exception>
    public PredikatScale WithLabels(string name, IReadOnlyDictionary<string, string> labelsByCode)
    {
        ArgumentNullException.ThrowIfNull(labelsByCode);
        foreach (string code in labelsByCode.Keys)
        {
            GetBand(code);
        }
        var bands = Bands.AsImmutableArray().Select(b =>
            labelsByCode.TryGetValue(b.Code, out string? label) ? new PredikatBand(b.Code, label, b.Lower, b.Upper, b.Colour) : b);
        return Build(name, bands, HasGaps);
    }

    /// <inheritdoc />
    public bool Equals(PredikatScale? other) =>
        ReferenceEquals(this, other) || (other is not null && Name == other.Name && Bands == other.Bands && HasGaps == other.HasGaps);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PredikatScale);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Bands);

    /// <inheritdoc />
    public override string ToString() => Name;

    // The bands of PermenPANRB 88/2021, read (lo, hi] as the regulation writes them or [lo, hi).
    private static PredikatScale PermenPanRb88(string name, bool lowerInclusive)
    {
        (string Code, string Label, decimal? Lower, decimal? Upper)[] bands =
        [
            ("AA", "Sangat Memuaskan", 90m, null),
            ("A", "Memuaskan", 80m, 90m),
            ("BB", "Sangat Baik", 70m, 80m),
            ("B", "Baik", 60m, 70m),
            ("CC", "Cukup (Memadai)", 50m, 60m),
            ("C", "Kurang", 30m, 50m),
            ("D", "Sangat Kurang", null, 30m),
        ];
        return Create(name, bands.Select(b => new PredikatBand(
            b.Code,
            b.Label,
            b.Lower is { } lo ? (lowerInclusive ? BandBound.Inclusive(lo) : BandBound.Exclusive(lo)) : BandBound.Unbounded,
            b.Upper is { } hi ? (lowerInclusive ? BandBound.Exclusive(hi) : BandBound.Inclusive(hi)) : BandBound.Unbounded)));
    }

    private static PredikatScale Permendagri86(string name, decimal top) => Create(
        name,
        [
            new PredikatBand("ST", "Sangat Tinggi", BandBound.Inclusive(top), BandBound.Unbounded, "biru muda"),
            new PredikatBand("T", "Tinggi", BandBound.Inclusive(76m), BandBound.Exclusive(top), "hijau"),
            new PredikatBand("S", "Sedang", BandBound.Inclusive(66m), BandBound.Exclusive(76m), "kuning muda"),
            new PredikatBand("R", "Rendah", BandBound.Inclusive(51m), BandBound.Exclusive(66m), "abu tua"),
            new PredikatBand("SR", "Sangat Rendah", BandBound.Unbounded, BandBound.Exclusive(51m), "merah"),
        ]);
}

/// <summary>A decimal seen as a value a band bound is compared with.</summary>
internal readonly struct DecimalValue(decimal value) : IBoundComparable
{
    public int CompareToBound(decimal bound) => decimal.Compare(value, bound);
}
