using System;
using System.Globalization;

namespace Sakip.Measurement.Tests.Reference;

/// <summary>
/// How many generated cases the differential and fuzz tests run: <c>SAKIP_DIFFERENTIAL_CASES</c>
/// when set to a positive number (for a large opt-in run), the test's own default otherwise.
/// </summary>
public static class DifferentialCases
{
    public static int Or(int defaultCount) =>
        int.TryParse(Environment.GetEnvironmentVariable("SAKIP_DIFFERENTIAL_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0
            ? n
            : defaultCount;
}
