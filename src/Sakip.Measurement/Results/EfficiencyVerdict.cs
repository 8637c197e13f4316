namespace Sakip.Measurement.Results;

/// <summary>The verdict of an efficiency analysis.</summary>
public enum EfficiencyLevel
{
    /// <summary>No verdict: the capaian or the serapan is missing (the default).</summary>
    NotAssessed = 0,

    /// <summary>Efisien: the result was reached with relatively less of the budget.</summary>
    Efisien = 1,

    /// <summary>Cukup efisien: within the policy's neutral band.</summary>
    CukupEfisien = 2,

    /// <summary>Tidak efisien.</summary>
    TidakEfisien = 3,
}

/// <summary>
/// An efficiency verdict with everything a report needs to explain it: the level, the capaian
/// and serapan it was judged on, the policy's measure (gap in points or ratio), the policy and a
/// one-sentence explanation in Indonesian and in English.
/// </summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record EfficiencyVerdict
{
    internal EfficiencyVerdict(EfficiencyLevel level, decimal? capaian, decimal? serapan, decimal? measure, string policy, string explanation, string explanationEnglish)
    {
        Level = level;
        Capaian = capaian;
        Serapan = serapan;
        Measure = measure;
        Policy = policy;
        Explanation = explanation;
        ExplanationEnglish = explanationEnglish;
    }

    /// <summary>Gets the verdict.</summary>
    public EfficiencyLevel Level { get; }

    /// <summary>Gets the capaian kinerja judged, in percent, or <see langword="null"/> when there was none.</summary>
    public decimal? Capaian { get; }

    /// <summary>Gets the serapan anggaran judged, in percent, or <see langword="null"/> when there was none.</summary>
    public decimal? Serapan { get; }

    /// <summary>Gets the policy's measure: the gap capaian − serapan in points, or the ratio capaian / serapan; <see langword="null"/> where the policy compares without one.</summary>
    public decimal? Measure { get; }

    /// <summary>Gets the name of the policy that gave the verdict.</summary>
    public string Policy { get; }

    /// <summary>Gets the verdict as reports word it: <c>Efisien</c>, <c>Cukup efisien</c>, <c>Tidak efisien</c>, or <c>Tidak dinilai</c> when nothing was judged.</summary>
    public string Label => Level switch
    {
        EfficiencyLevel.Efisien => "Efisien",
        EfficiencyLevel.CukupEfisien => "Cukup efisien",
        EfficiencyLevel.TidakEfisien => "Tidak efisien",
        _ => "Tidak dinilai",
    };

    /// <summary>Gets the one-sentence explanation in Indonesian, e.g. <c>Efisien: capaian kinerja 100,00% lebih tinggi dari serapan anggaran 71,11%.</c></summary>
    public string Explanation { get; }

    /// <summary>Gets the one-sentence explanation in English.</summary>
    public string ExplanationEnglish { get; }
}
