using System.Globalization;

namespace Sakip.Measurement.Scales;

/// <summary>What is wrong between two bands of a scale.</summary>
internal enum ScaleDefectKind
{
    /// <summary>Two bands carry the same code.</summary>
    RepeatedCode = 0,

    /// <summary>Two bands grade the same values.</summary>
    Overlap = 1,

    /// <summary>Values between two neighbouring bands get no grade.</summary>
    Gap = 2,
}

/// <summary>A defect between two bands of a scale, the lower (or first) one first.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="First">The lower band, or the first to carry a repeated code.</param>
/// <param name="Second">The upper band, or the second to carry the code.</param>
internal sealed record ScaleDefect(ScaleDefectKind Kind, PredikatBand First, PredikatBand Second)
{
    /// <summary>Says what is wrong, e.g. <c>bands 'T' (…) and 'S' (…) leave a hole at 75–76</c>.</summary>
    internal string Describe() => Kind switch
    {
        ScaleDefectKind.RepeatedCode => $"repeats the code '{First.Code}'",
        ScaleDefectKind.Overlap when Second.Lower.IsUnbounded => $"bands '{First.Code}' and '{Second.Code}' both have no lower bound, so they overlap",
        ScaleDefectKind.Overlap when First.Upper.IsUnbounded => $"band '{First.Code}' has no upper bound but band '{Second.Code}' lies above it, so they overlap",
        ScaleDefectKind.Overlap => string.Create(CultureInfo.InvariantCulture, $"bands '{First.Code}' ({First}) and '{Second.Code}' ({Second}) overlap"),
        _ => string.Create(CultureInfo.InvariantCulture,
            $"bands '{First.Code}' ({First}) and '{Second.Code}' ({Second}) leave a hole at {First.Upper.RawValue}–{Second.Lower.RawValue}"),
    };
}
