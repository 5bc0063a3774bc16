using System;
using System.Runtime.InteropServices;

namespace Metrics.Runtime.Tests.Width;

/// <summary>
/// Native memory whose usable part ends exactly where an inaccessible page begins (Linux: <c>mmap</c> plus
/// <c>mprotect(PROT_NONE)</c>), so a kernel that reads even one byte past the end of a span crashes the test run instead
/// of silently reading neighbouring data. Elsewhere it falls back to ordinary memory.
/// </summary>
internal sealed unsafe class GuardedMemory : IDisposable
{
    private const int ProtNone = 0;
    private const int ProtReadWrite = 3;
    private const int MapPrivateAnonymous = 0x02 | 0x20;
    private const nuint PageSize = 4096;

    private readonly byte* _region;
    private readonly nuint _regionLength;
    private readonly bool _mapped;

    public GuardedMemory(int bytes)
    {
        var dataPages = ((nuint)bytes + PageSize - 1) / PageSize;
        _regionLength = (dataPages + 1) * PageSize;
        if (OperatingSystem.IsLinux())
        {
            var address = Mmap(IntPtr.Zero, _regionLength, ProtReadWrite, MapPrivateAnonymous, -1, 0);
            if (address == new IntPtr(-1))
            {
                throw new InvalidOperationException("mmap failed");
            }

            _region = (byte*)address;
            if (Mprotect(address + (nint)(dataPages * PageSize), PageSize, ProtNone) != 0)
            {
                throw new InvalidOperationException("mprotect failed");
            }

            _mapped = true;
        }
        else
        {
            _region = (byte*)NativeMemory.AllocZeroed(_regionLength);
        }

        GuardStart = _region + (dataPages * PageSize);
    }

    /// <summary>The first inaccessible byte.</summary>
    public byte* GuardStart { get; }

    /// <summary>A span of <paramref name="length"/> elements ending exactly at the guard page.</summary>
    public Span<T> EndingAtGuard<T>(int length)
        where T : unmanaged =>
        new(GuardStart - ((nint)length * sizeof(T)), length);

    public void Dispose()
    {
        if (_mapped)
        {
            _ = Munmap((IntPtr)_region, _regionLength);
        }
        else
        {
            NativeMemory.Free(_region);
        }
    }

    [DllImport("libc", EntryPoint = "mmap", SetLastError = true)]
    private static extern IntPtr Mmap(IntPtr address, nuint length, int protection, int flags, int fd, nint offset);

    [DllImport("libc", EntryPoint = "mprotect", SetLastError = true)]
    private static extern int Mprotect(IntPtr address, nuint length, int protection);

    [DllImport("libc", EntryPoint = "munmap", SetLastError = true)]
    private static extern int Munmap(IntPtr address, nuint length);
}
