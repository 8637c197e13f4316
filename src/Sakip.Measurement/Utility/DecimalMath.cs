using System;

namespace Sakip.Measurement.Utility;

/// <summary>Decimal functions the BCL lacks.</summary>
internal static class DecimalMath
{
    /// <summary>Square root by Newton's method, to decimal precision.</summary>
    internal static decimal Sqrt(decimal value)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A square root needs a non-negative value.");
        }
        if (value == 0m)
        {
            return 0m;
        }
        decimal x = value > 1m ? value / 2m : 1m;
        for (int i = 0; i < 200; i++)
        {
            decimal next = (x + (value / x)) / 2m;
            if (next == x)
            {
                break;
            }
            x = next;
        }
        return x;
    }
}
