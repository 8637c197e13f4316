using System;
using System.Linq;

namespace Sakip.Measurement.Cli.Rendering;

/// <summary>The colours of the charts: a predikat's band colour, and the three efficiency verdicts.</summary>
internal static class Colours
{
    // Best band first: from deep green to deep red.
    private static readonly string[] Palette = ["#1b7f3b", "#4caf50", "#8bc34a", "#cddc39", "#ffc107", "#ff9800", "#f44336", "#b71c1c"];

    /// <summary>The colour for no band, no verdict.</summary>
    public const string Neutral = "#9e9e9e";

    /// <summary>The band's own colour when the scale gives it as <c>#rgb</c> or <c>#rrggbb</c>, else the palette's colour for its rank (best first).</summary>
    /// <param name="scale">The scale the band belongs to.</param>
    /// <param name="band">The band, or null for a value without predikat.</param>
    public static string Predikat(PredikatScale scale, PredikatBand? band)
    {
        if (band is null)
        {
            return Neutral;
        }
        if (band.Colour is { Length: 4 or 7 } own && own[0] == '#' && own.Skip(1).All(char.IsAsciiHexDigit))
        {
            return own;
        }
        var ranked = scale.Bands.OrderByDescending(b => b.Lower.IsUnbounded ? decimal.MinValue : b.Lower.Value).ToList();
        int rank = ranked.IndexOf(band);
        return rank < 0 ? Neutral : Palette[Math.Min(rank, Palette.Length - 1)];
    }

    /// <summary>Green for efisien, amber for cukup efisien, red for tidak efisien.</summary>
    public static string Efficiency(EfficiencyLevel level) => level switch
    {
        EfficiencyLevel.Efisien => Palette[0],
        EfficiencyLevel.CukupEfisien => Palette[4],
        EfficiencyLevel.TidakEfisien => Palette[6],
        _ => Neutral,
    };
}
