using System;
using System.IO;

namespace Sakip.Measurement.Serialization;

/// <summary>
/// What every file this library reads goes through before deserialization: the size bound, a
/// byte-order mark dropped, and the structure pre-pass (depth, repeated properties) — and, from a
/// stream, reading no more than the bound.
/// </summary>
internal static class JsonInput
{
    /// <summary>Checks the size and structure of a file's bytes and returns them without a byte-order mark.</summary>
    /// <exception cref="LkipFormatException">Too large, too deep, or a property given twice.</exception>
    internal static ReadOnlySpan<byte> Prepare(ReadOnlySpan<byte> utf8Json, LkipJsonOptions options)
    {
        if (utf8Json.Length > options.MaxBytes)
        {
            throw TooLarge(options);
        }
        // A byte-order mark is not JSON, but editors write it.
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }
        JsonStructure.Check(utf8Json, options.MaxDepth);
        return utf8Json;
    }

    /// <summary>Reads a stream to its end into a buffer, refusing to hold more than the bound.</summary>
    /// <exception cref="LkipFormatException">The stream holds more than <see cref="LkipJsonOptions.MaxBytes"/>.</exception>
    internal static MemoryStream ReadBounded(Stream utf8Json, LkipJsonOptions options)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > options.MaxBytes)
            {
                buffer.Dispose();
                throw TooLarge(options);
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer;
    }

    private static LkipFormatException TooLarge(LkipJsonOptions options) =>
        new(null, null, null, FormattableString.Invariant($"the file is larger than {options.MaxBytes} bytes, the most this reader accepts (LkipJsonOptions.MaxBytes)"));
}
