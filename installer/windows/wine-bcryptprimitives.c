/* ProcessPrng for Wine 8, which lacks bcryptprimitives.dll (Wine 9 has it).
 *
 * Rust 1.78 and later take their randomness from bcryptprimitives!ProcessPrng, so the
 * `cryptography` wheels for Windows do not load under Wine 8. This DLL is put into the build's
 * and the smoke test's Wine prefixes only (installer/build-windows.sh); it is never part of the
 * bundle or the installer: every Windows 10 and 11 has the real one.
 * It answers from RtlGenRandom (advapi32!SystemFunction036), the system's CSPRNG. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
