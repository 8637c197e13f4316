using System;
using System.Globalization;
using Sakip.Measurement.Results;
using Sakip.Measurement.Scales;
using Sakip.Measurement.Text;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Calculation;

/// <summary>
/// How a report judges efficiency (efisiensi) from a capaian kinerja and a serapan anggaran. No
/// regulation fixes one formula, so each reading is a named, parameterised policy object — the
/// way <see cref="PredikatScale"/> is data — and every verdict says which policy gave it.
/// </summary>
/// <remarks>
/// <para>The four policies met in reports and applications: <see cref="CapaianAboveSerapan"/> (Mayang 2023),
/// <see cref="TargetReachedFirst"/> (Kencong 2025), <see cref="GapBands"/> (a common application
/// heuristic, thresholds as parameters) and <see cref="RatioBands"/> (capaian / serapan with
/// bands).</para>
/// <para>Equality is structural: the same policy with the same parameters.</para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public abstract class EfficiencyPolicy : IEquatable<EfficiencyPolicy>
{
    private protected EfficiencyPolicy(string name) => Name = name;

    /// <summary>
    /// Gets the policy Mayang 2023 applies (Tabel 3.7): efisien when the capaian kinerja is above
    /// the serapan anggaran, otherwise tidak efisien.
    /// </summary>
    public static EfficiencyPolicy CapaianAboveSerapan { get; } = new AboveSerapan();

    /// <summary>
    /// Gets the policy Kencong 2025 applies ("dari sasaran yang sudah tercapai"): only a capaian of
    /// at least 100 % can be efficient, and then it is efisien when the serapan is below 100 %;
    /// a capaian below 100 % is tidak efisien whatever the serapan.
    /// </summary>
    public static EfficiencyPolicy TargetReachedFirst { get; } = new ReachedFirst();

    /// <summary>Gets the policy's name, e.g. <c>Capaian &gt; serapan</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// Returns the gap-band policy: gap = capaian − serapan in percentage points; efisien above
    /// <paramref name="efficientAbove"/>, tidak efisien below <paramref name="inefficientBelow"/>,
    /// cukup efisien between them (both bounds included).
    /// </summary>
    /// <param name="efficientAbove">The gap above which the verdict is efisien (default 5 points).</param>
    /// <param name="inefficientBelow">The gap below which the verdict is tidak efisien (default −5 points).</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentException"><paramref name="inefficientBelow"/> is above <paramref name="efficientAbove"/>.</exception>
    public static EfficiencyPolicy GapBands(decimal efficientAbove = 5m, decimal inefficientBelow = -5m)
    {
        Preconditions.CheckArgument(inefficientBelow <= efficientAbove, nameof(inefficientBelow),
            "The lower threshold must not be above the upper one.");
        return new Gap(efficientAbove, inefficientBelow);
    }

    /// <summary>
    /// Returns the ratio policy: index = capaian / serapan; efisien at or above
    /// <paramref name="efficientFrom"/>, cukup efisien at or above <paramref name="fairFrom"/>,
    /// tidak efisien below it.
    /// </summary>
    /// <param name="efficientFrom">The index from which the verdict is efisien (default 1: capaian at least the serapan).</param>
    /// <param name="fairFrom">The index from which the verdict is cukup efisien (default 0,9).</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="fairFrom"/> is above <paramref name="efficientFrom"/>.</exception>
    public static EfficiencyPolicy RatioBands(decimal efficientFrom = 1m, decimal fairFrom = 0.9m)
    {
        Preconditions.CheckPositive(efficientFrom);
        Preconditions.CheckPositive(fairFrom);
        Preconditions.CheckArgument(fairFrom <= efficientFrom, nameof(fairFrom), "The lower threshold must not be above the upper one.");
        return new Ratio(efficientFrom, fairFrom);
    }

    /// <summary>Judges a capaian kinerja against a serapan anggaran.</summary>
    /// <param name="capaian">The capaian kinerja in percent.</param>
    /// <param name="serapan">The serapan anggaran in percent.</param>
    /// <returns>The verdict with its inputs, measure and explanation.</returns>
    public abstract EfficiencyVerdict Evaluate(decimal capaian, decimal serapan);

    /// <summary>Judges a capaian against a serapan that may be missing; a missing one gives <see cref="EfficiencyLevel.NotAssessed"/>.</summary>
    /// <param name="capaian">The capaian kinerja in percent, or <see langword="null"/> when there is none.</param>
    /// <param name="serapan">The serapan anggaran.</param>
    /// <returns>The verdict.</returns>
    public EfficiencyVerdict Evaluate(decimal? capaian, SerapanResult serapan) =>
        capaian is { } c && serapan.HasValue
            ? Evaluate(c, serapan.Value)
            : new EfficiencyVerdict(EfficiencyLevel.NotAssessed, capaian, serapan.ValueOrNull, null, Name,
                capaian is null ? "Tidak dinilai: tidak ada capaian kinerja." : "Tidak dinilai: tidak ada serapan anggaran.",
                capaian is null ? "Not assessed: there is no performance achievement." : "Not assessed: there is no budget absorption.");

    /// <inheritdoc />
    public abstract bool Equals(EfficiencyPolicy? other);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EfficiencyPolicy);

    /// <inheritdoc />
    public abstract override int GetHashCode();

    /// <inheritdoc />
    public override string ToString() => Name;

    private protected EfficiencyVerdict Verdict(EfficiencyLevel level, decimal capaian, decimal serapan, decimal? measure, string indonesian, string english) =>
        new(level, capaian, serapan, measure, Name, indonesian, english);

    // Percentages in the explanations: id-ID ("99,81%") and invariant English ("99.81%"), two places.
    private protected static string Id(decimal percent) => NumberPattern.Percent.Format(percent);

    private protected static string En(decimal percent) =>
        decimal.Round(percent, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    private sealed class AboveSerapan() : EfficiencyPolicy("Capaian > serapan")
    {
        public override EfficiencyVerdict Evaluate(decimal capaian, decimal serapan) => capaian > serapan
            ? Verdict(EfficiencyLevel.Efisien, capaian, serapan, capaian - serapan,
                $"Efisien: capaian kinerja {Id(capaian)} lebih tinggi dari serapan anggaran {Id(serapan)}.",
                $"Efficient: the performance achievement {En(capaian)} is above the budget absorption {En(serapan)}.")
            : Verdict(EfficiencyLevel.TidakEfisien, capaian, serapan, capaian - serapan,
                $"Tidak efisien: capaian kinerja {Id(capaian)} tidak lebih tinggi dari serapan anggaran {Id(serapan)}.",
                $"Not efficient: the performance achievement {En(capaian)} is not above the budget absorption {En(serapan)}.");

        public override bool Equals(EfficiencyPolicy? other) => other is AboveSerapan;

        public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);
    }

    private sealed class ReachedFirst() : EfficiencyPolicy("Target tercapai, lalu serapan < 100%")
    {
        public override EfficiencyVerdict Evaluate(decimal capaian, decimal serapan)
        {
            if (capaian < 100m)
            {
                return Verdict(EfficiencyLevel.TidakEfisien, capaian, serapan, null,
                    $"Tidak efisien: target kinerja belum tercapai (capaian {Id(capaian)} di bawah 100%).",
                    $"Not efficient: the performance target was not reached (achievement {En(capaian)} is below 100%).");
            }
            return serapan < 100m
                ? Verdict(EfficiencyLevel.Efisien, capaian, serapan, null,
                    $"Efisien: target kinerja tercapai ({Id(capaian)}) dengan serapan anggaran {Id(serapan)}, di bawah 100%.",
                    $"Efficient: the performance target was reached ({En(capaian)}) with a budget absorption of {En(serapan)}, below 100%.")
                : Verdict(EfficiencyLevel.TidakEfisien, capaian, serapan, null,
                    $"Tidak efisien: target kinerja tercapai ({Id(capaian)}) tetapi serapan anggaran {Id(serapan)} tidak di bawah 100%.",
                    $"Not efficient: the performance target was reached ({En(capaian)}) but the budget absorption {En(serapan)} is not below 100%.");
        }

        public override bool Equals(EfficiencyPolicy? other) => other is ReachedFirst;

        public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);
    }

    private sealed class Gap(decimal efficientAbove, decimal inefficientBelow) : EfficiencyPolicy(
        string.Create(CultureInfo.InvariantCulture, $"Selisih capaian − serapan (> {efficientAbove} efisien, < {inefficientBelow} tidak efisien)"))
    {
        private readonly decimal efficientAbove = efficientAbove;
        private readonly decimal inefficientBelow = inefficientBelow;

        public override EfficiencyVerdict Evaluate(decimal capaian, decimal serapan)
        {
            decimal gap = capaian - serapan;
            string points = gap.ToString("0.##", CultureInfo.InvariantCulture);
            string poin = NumberPattern.Number.Format(gap);
            return gap > efficientAbove
                ? Verdict(EfficiencyLevel.Efisien, capaian, serapan, gap,
                    $"Efisien: capaian kinerja {Id(capaian)} melampaui serapan anggaran {Id(serapan)} sebesar {poin} poin.",
                    $"Efficient: the performance achievement {En(capaian)} exceeds the budget absorption {En(serapan)} by {points} points.")
                : gap < inefficientBelow
                    ? Verdict(EfficiencyLevel.TidakEfisien, capaian, serapan, gap,
                        $"Tidak efisien: capaian kinerja {Id(capaian)} tertinggal dari serapan anggaran {Id(serapan)} sebesar {NumberPattern.Number.Format(-gap)} poin.",
                        $"Not efficient: the performance achievement {En(capaian)} trails the budget absorption {En(serapan)} by {(-gap).ToString("0.##", CultureInfo.InvariantCulture)} points.")
                    : Verdict(EfficiencyLevel.CukupEfisien, capaian, serapan, gap,
                        $"Cukup efisien: selisih capaian kinerja {Id(capaian)} dan serapan anggaran {Id(serapan)} adalah {poin} poin.",
                        $"Fairly efficient: the performance achievement {En(capaian)} and the budget absorption {En(serapan)} differ by {points} points.");
        }

        public override bool Equals(EfficiencyPolicy? other) =>
            other is Gap g && g.efficientAbove == efficientAbove && g.inefficientBelow == inefficientBelow;

        public override int GetHashCode() => HashCode.Combine(efficientAbove, inefficientBelow);
    }

    private sealed class Ratio(decimal efficientFrom, decimal fairFrom) : EfficiencyPolicy(
        string.Create(CultureInfo.InvariantCulture, $"Rasio capaian / serapan (≥ {efficientFrom} efisien, ≥ {fairFrom} cukup efisien)"))
    {
        private readonly decimal efficientFrom = efficientFrom;
        private readonly decimal fairFrom = fairFrom;

        public override EfficiencyVerdict Evaluate(decimal capaian, decimal serapan)
        {
            if (serapan <= 0m || !DecimalRatio.TryPercent(capaian, serapan, out decimal percent))
            {
                return new EfficiencyVerdict(EfficiencyLevel.NotAssessed, capaian, serapan, null, Name,
                    $"Tidak dinilai: rasio capaian terhadap serapan {Id(serapan)} tidak terdefinisi.",
                    $"Not assessed: the ratio of achievement to an absorption of {En(serapan)} is undefined.");
            }
            decimal index = percent / 100m;
            string id = NumberPattern.Number.WithDecimalPlaces(2).Format(index);
            string en = decimal.Round(index, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);
            var level = index >= efficientFrom ? EfficiencyLevel.Efisien : index >= fairFrom ? EfficiencyLevel.CukupEfisien : EfficiencyLevel.TidakEfisien;
            return level switch
            {
                EfficiencyLevel.Efisien => Verdict(level, capaian, serapan, index,
                    $"Efisien: rasio capaian kinerja {Id(capaian)} terhadap serapan anggaran {Id(serapan)} adalah {id}.",
                    $"Efficient: the ratio of the performance achievement {En(capaian)} to the budget absorption {En(serapan)} is {en}."),
                EfficiencyLevel.CukupEfisien => Verdict(level, capaian, serapan, index,
                    $"Cukup efisien: rasio capaian kinerja {Id(capaian)} terhadap serapan anggaran {Id(serapan)} adalah {id}.",
                    $"Fairly efficient: the ratio of the performance achievement {En(capaian)} to the budget absorption {En(serapan)} is {en}."),
                _ => Verdict(level, capaian, serapan, index,
                    $"Tidak efisien: rasio capaian kinerja {Id(capaian)} terhadap serapan anggaran {Id(serapan)} hanya {id}.",
                    $"Not efficient: the ratio of the performance achievement {En(capaian)} to the budget absorption {En(serapan)} is only {en}."),
            };
        }

        public override bool Equals(EfficiencyPolicy? other) =>
            other is Ratio r && r.efficientFrom == efficientFrom && r.fairFrom == fairFrom;

        public override int GetHashCode() => HashCode.Combine(efficientFrom, fairFrom);
    }
}
