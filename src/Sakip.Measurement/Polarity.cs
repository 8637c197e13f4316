using Sakip.Measurement.Calculation;
namespace Sakip.Measurement;

/// <summary>Which direction of an indicator is good (polaritas).</summary>
public enum Polarity
{
    /// <summary>Higher realisasi is better ("progress positif"): capaian = realisasi / target × 100.</summary>
    Positive = 0,

    /// <summary>Lower realisasi is better ("progress negatif"); the formula is chosen by <see cref="NegativeFormula"/>.</summary>
    Negative = 1,
}
