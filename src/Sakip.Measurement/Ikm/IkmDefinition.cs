using System;
using System.Collections.Generic;
using System.Globalization;
using Sakip.Measurement.Scales;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Ikm;

/// <summary>One element (unsur) of a satisfaction questionnaire, e.g. <c>U1 Persyaratan</c>.</summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record SurveyElement
{
    /// <summary>Initializes a new element.</summary>
    /// <param name="code">The code, e.g. <c>U1</c>; matched case-insensitively against CSV headers.</param>
    /// <param name="name">The element's name, e.g. <c>Persyaratan</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is blank.</exception>
    public SurveyElement(string code, string name)
    {
        Code = Preconditions.CheckNotBlank(code).Trim();
        Name = Preconditions.CheckNotBlank(name);
    }

    /// <summary>Gets the code.</summary>
    public string Code { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }
}

/// <summary>How element weights are taken.</summary>
public enum IkmWeighting
{
    /// <summary>Exactly <c>1 / number of elements</c> (the regulation's weight; the default).</summary>
    Exact = 0,

    /// <summary>The rounded weight many reports print (0,111 for nine elements, 0,071 for fourteen).</summary>
    Legacy = 1,
}

/// <summary>
/// The definition of an IKM (Indeks Kepuasan Masyarakat) questionnaire as data: its elements
/// (unsur), the 1–4 answer scale, the conversion factor to the 25–100 scale, the printed legacy
/// weight and the mutu pelayanan scale.
/// </summary>
/// <remarks>
/// <para>The bundled mutu scales are open at both ends: an exactly weighted IKM always lies in
/// 25–100, but the legacy rounded weights can put it a little outside (0,111 × 9 = 0,999, so the
/// lowest possible legacy IKM is 24,975), and such a value is still graded (D or A).</para>
/// <para>Two definitions are bundled: <see cref="PermenPanRb14Tahun2017"/> (nine elements, the
/// default) and <see cref="Kepmenpan25Tahun2004"/> (fourteen elements, legacy). Callers build
/// others with the constructor.</para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class IkmDefinition : IEquatable<IkmDefinition>
{
    /// <summary>The lowest answer (1, "tidak baik").</summary>
    public const int MinAnswer = 1;

    /// <summary>The highest answer (4, "sangat baik").</summary>
    public const int MaxAnswer = 4;

    /// <summary>The number of answer values (1 to 4).</summary>
    public const int AnswerCount = MaxAnswer - MinAnswer + 1;

    private readonly Dictionary<string, int> indexByCode;

    /// <summary>Initializes a new definition.</summary>
    /// <param name="name">The definition's name, e.g. <c>PermenPANRB 14/2017</c>.</param>
    /// <param name="elements">The elements, in questionnaire order.</param>
    /// <param name="mutuScale">The mutu pelayanan scale over the converted (25–100) value.</param>
    /// <param name="legacyWeight">The rounded weight reports print, used with <see cref="IkmWeighting.Legacy"/>.</param>
    /// <param name="conversionFactor">The factor from the 1–4 unit value to the converted value (25).</param>
    /// <exception cref="ArgumentNullException">A reference argument or element is null.</exception>
    /// <exception cref="ArgumentException">The name is blank, there are no elements, or a code repeats.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The legacy weight or the conversion factor is not positive.</exception>
    public IkmDefinition(string name, IEnumerable<SurveyElement> elements, PredikatScale mutuScale, decimal legacyWeight, decimal conversionFactor = 25m)
    {
        Name = Preconditions.CheckNotBlank(name);
        var list = Preconditions.CheckElementsNotNull(elements);
        Preconditions.CheckArgument(!list.IsEmpty, nameof(elements), "A questionnaire needs at least one element.");
        indexByCode = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < list.Length; i++)
        {
            Preconditions.CheckArgument(indexByCode.TryAdd(list[i].Code, i), nameof(elements), "The element code '{0}' appears twice.", list[i].Code);
        }
        Elements = new EquatableArray<SurveyElement>(list);
        MutuScale = Preconditions.CheckNotNull(mutuScale);
        LegacyWeight = Preconditions.CheckPositive(legacyWeight);
        ConversionFactor = Preconditions.CheckPositive(conversionFactor);
    }

    /// <summary>
    /// Gets the nine-element questionnaire of PermenPANRB 14/2017 with its mutu pelayanan bands
    /// on the converted value: D 25,00–64,99 Tidak Baik; C 65,00–76,60 Kurang Baik; B 76,61–88,30
    /// Baik; A 88,31–100,00 Sangat Baik. The printed bands are two-decimal ranges that leave gaps
    /// (64,99–65,00; 76,60–76,61; 88,30–88,31); each gap is closed at its midpoint (64,995; 76,605;
    /// 88,305), so a value gets the grade its two-decimal rounding (half away from zero) is printed
    /// with: 88,304 prints 88,30 and is B, 88,305 prints 88,31 and is A.
    /// </summary>
    public static IkmDefinition PermenPanRb14Tahun2017 { get; } = new(
        "PermenPANRB 14/2017",
        [
            new SurveyElement("U1", "Persyaratan"),
            new SurveyElement("U2", "Sistem, Mekanisme dan Prosedur"),
            new SurveyElement("U3", "Waktu Penyelesaian"),
            new SurveyElement("U4", "Biaya/Tarif"),
            new SurveyElement("U5", "Produk Spesifikasi Jenis Pelayanan"),
            new SurveyElement("U6", "Kompetensi Pelaksana"),
            new SurveyElement("U7", "Perilaku Pelaksana"),
            new SurveyElement("U8", "Penanganan Pengaduan, Saran dan Masukan"),
            new SurveyElement("U9", "Sarana dan Prasarana"),
        ],
        BuildMutuScale("Mutu pelayanan (PermenPANRB 14/2017)", 64.995m, 76.605m, 88.305m),
        0.111m);

    /// <summary>
    /// Gets the fourteen-element questionnaire of Kepmenpan 25/2004 (legacy), weight 1/14
    /// (printed 0,071), with its own mutu bands on the converted value: D 25,00–43,75; C
    /// 43,76–62,50; B 62,51–81,25; A 81,26–100,00 (gaps closed at their midpoints as in
    /// <see cref="PermenPanRb14Tahun2017"/>).
    /// </summary>
    public static IkmDefinition Kepmenpan25Tahun2004 { get; } = new(
        "Kepmenpan 25/2004",
        [
            new SurveyElement("U1", "Prosedur pelayanan"),
            new SurveyElement("U2", "Persyaratan pelayanan"),
            new SurveyElement("U3", "Kejelasan petugas pelayanan"),
            new SurveyElement("U4", "Kedisiplinan petugas pelayanan"),
            new SurveyElement("U5", "Tanggung jawab petugas pelayanan"),
            new SurveyElement("U6", "Kemampuan petugas pelayanan"),
            new SurveyElement("U7", "Kecepatan pelayanan"),
            new SurveyElement("U8", "Keadilan mendapatkan pelayanan"),
            new SurveyElement("U9", "Kesopanan dan keramahan petugas"),
            new SurveyElement("U10", "Kewajaran biaya pelayanan"),
            new SurveyElement("U11", "Kepastian biaya pelayanan"),
            new SurveyElement("U12", "Kepastian jadwal pelayanan"),
            new SurveyElement("U13", "Kenyamanan lingkungan"),
            new SurveyElement("U14", "Keamanan pelayanan"),
        ],
        BuildMutuScale("Mutu pelayanan (Kepmenpan 25/2004)", 43.755m, 62.505m, 81.255m),
        0.071m);

    /// <summary>Gets the definition's name.</summary>
    public string Name { get; }

    /// <summary>Gets the elements, in questionnaire order.</summary>
    public EquatableArray<SurveyElement> Elements { get; }

    /// <summary>Gets the number of elements.</summary>
    public int ElementCount => Elements.Count;

    /// <summary>Gets the mutu pelayanan scale over the converted (25–100) value.</summary>
    public PredikatScale MutuScale { get; }

    /// <summary>Gets the rounded weight reports print (0,111 / 0,071).</summary>
    public decimal LegacyWeight { get; }

    /// <summary>Gets the factor from the unit value (1–4) to the converted value (25–100): 25.</summary>
    public decimal ConversionFactor { get; }

    /// <summary>Returns the weight of every element under a weighting.</summary>
    /// <param name="weighting">Exact (1/n) or legacy (the printed rounded weight).</param>
    /// <returns>The weight.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weighting"/> is undefined.</exception>
    public decimal Weight(IkmWeighting weighting) => weighting switch
    {
        IkmWeighting.Exact => 1m / ElementCount,
        IkmWeighting.Legacy => LegacyWeight,
        _ => throw new ArgumentOutOfRangeException(nameof(weighting), weighting, "Undefined weighting."),
    };

    /// <summary>Returns the position of an element.</summary>
    /// <param name="code">The element's code, matched case-insensitively.</param>
    /// <returns>The zero-based index, or −1 when the definition has no such element.</returns>
    public int IndexOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return indexByCode.TryGetValue(code.Trim(), out int index) ? index : -1;
    }

    /// <inheritdoc />
    public bool Equals(IkmDefinition? other) =>
        ReferenceEquals(this, other) || (other is not null && Name == other.Name && Elements == other.Elements &&
            MutuScale.Equals(other.MutuScale) && LegacyWeight == other.LegacyWeight && ConversionFactor == other.ConversionFactor);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IkmDefinition);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Elements, LegacyWeight, ConversionFactor);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} ({ElementCount} unsur)");

    private static PredikatScale BuildMutuScale(string name, decimal c, decimal b, decimal a) => PredikatScale.Create(
        name,
        [
            new PredikatBand("A", "Sangat Baik", BandBound.Inclusive(a), BandBound.Unbounded),
            new PredikatBand("B", "Baik", BandBound.Inclusive(b), BandBound.Exclusive(a)),
            new PredikatBand("C", "Kurang Baik", BandBound.Inclusive(c), BandBound.Exclusive(b)),
            new PredikatBand("D", "Tidak Baik", BandBound.Unbounded, BandBound.Exclusive(c)),
        ]);
}
