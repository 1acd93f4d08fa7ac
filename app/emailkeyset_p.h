#pragma once
// Internal to emaillist.cpp (header-only, so the build lists need no entry): the set of addresses seen
// so far, looked up once per address of a list that may hold a million.

#include <QtGlobal>

#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>
#include <vector>

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#endif

namespace EmailListDetail {

// One 8-byte step of the key hash.
inline quint64 hashStep(quint64 h, quint64 word)
{
    h = (h ^ word) * 0xBF58476D1CE4E5B9ULL;
    return h ^ (h >> 31);
}

inline quint64 hashFinish(quint64 h, quint64 tail)
{
    h = (h ^ tail) * 0x94D049BB133111EBULL;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ULL;
    return h ^ (h >> 32);
}

inline quint64 hashBytes(const char* p, size_t n)
{
    quint64 h = 0x9E3779B97F4A7C15ULL ^ n;
    for (; n >= 8; p += 8, n -= 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        h = hashStep(h, w);
    }
    quint64 w = 0;
    std::memcpy(&w, p, n);
    return hashFinish(h, w);
}

// 'A'..'Z' to 'a'..'z' in eight ASCII bytes at once; other bytes unchanged.
inline quint64 lowerAscii(quint64 w)
{
    const quint64 low7 = w & 0x7f7f7f7f7f7f7f7fULL;
    const quint64 atLeastA = low7 + 0x3f3f3f3f3f3f3f3fULL; // high bit set where byte >= 'A'
    const quint64 aboveZ = low7 + 0x2525252525252525ULL;   // high bit set where byte > 'Z'
    const quint64 upper = atLeastA & ~aboveZ & ~w & 0x8080808080808080ULL;
    return w | (upper >> 2);
}

// Writes the lower-cased ASCII text into `key` and returns hashBytes(key, n), in one go. `key` has room
// for n + 8 bytes: the last word is stored whole.
inline quint64 lowerAndHash(const char* p, const size_t n, char* key)
{
    quint64 h = 0x9E3779B97F4A7C15ULL ^ n;
    size_t left = n;
    for (; left >= 8; p += 8, key += 8, left -= 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        w = lowerAscii(w);
        std::memcpy(key, &w, 8);
        h = hashStep(h, w);
    }
    quint64 w = 0;
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    if (left > 0 && n >= 8) { // the last bytes as one load ending at the last byte: no memcpy call
        std::memcpy(&w, p + left - 8, 8);
        w >>= 8 * (8 - left);
    } else
#endif
    {
        std::memcpy(&w, p, left);
    }
    w = lowerAscii(w);
    std::memcpy(key, &w, 8);
    return hashFinish(h, w);
}

inline void prefetch(const void* address)
{
#if defined(__GNUC__)
    __builtin_prefetch(address);
#else
    Q_UNUSED(address);
#endif
}

// A block of memory. Big ones come straight from mmap on Linux with a huge-page hint (a no-op where
// transparent huge pages are off): the key table and the keys are read at random, and with 4 KiB pages
// nearly every lookup would also miss the TLB (measured: a fifth of the parse time on a million lines).
class Block
{
public:
    Block() = default;
    // `hugePages`: worth it for big random-access blocks only, as a fault then clears 2 MiB at once.
    // `zeroed`: the bytes start at zero (always true of mapped ones).
    Block(size_t bytes, bool hugePages, bool zeroed)
        : m_size(bytes)
    {
#if defined(Q_OS_LINUX)
        if (hugePages && bytes >= kHugePage) {
            void* data = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (data != MAP_FAILED) {
                madvise(data, bytes, MADV_HUGEPAGE);
                m_data = static_cast<char*>(data);
                m_mapped = true;
                return;
            }
        }
#endif
        m_data = static_cast<char*>(zeroed ? std::calloc(bytes, 1) : std::malloc(bytes));
        if (!m_data)
            throw std::bad_alloc();
    }
    Block(Block&& other) noexcept
    {
        swap(other);
    }
    Block& operator=(Block&& other) noexcept
    {
        swap(other);
        return *this;
    }
    ~Block()
    {
#if defined(Q_OS_LINUX)
        if (m_mapped) {
            munmap(m_data, m_size);
            return;
        }
#endif
        std::free(m_data);
    }
    void swap(Block& other) noexcept
    {
        std::swap(m_data, other.m_data);
        std::swap(m_size, other.m_size);
        std::swap(m_mapped, other.m_mapped);
    }
    char* data() const
    {
        return m_data;
    }
    size_t size() const
    {
        return m_size;
    }

    static constexpr size_t kHugePage = size_t(2) << 20;

private:
    char* m_data = nullptr;
    size_t m_size = 0;
    bool m_mapped = false;
};

// Case-folded keys of the addresses seen so far: open addressing with linear probing over 8-byte slots,
// the keys packed in 2 MiB chunks (up to 32 GiB of keys: slots hold offset / 8 in 32 bits). A
// QSet<QString> would cost a QString per input line just to look up. Lookups miss the cache, so callers
// prefetch the slots of a batch of keys before resolving the batch in order (measured: a third faster).
class KeySet
{
public:
    enum class Result { Added, Seen, SeenRejected };

    explicit KeySet(qsizetype expectedKeys)
        : m_hugePages(expectedKeys >= kHugePagesFrom)
    {
        int bits = 10;
        while ((size_t(1) << bits) * 3 < size_t(expectedKeys) * 5)
            ++bits;
        resize(bits);
    }

    void prefetchSlot(quint64 hash) const { prefetch(table() + position(hash)); }

    Result insert(const char* key, size_t length, quint64 hash)
    {
        const quint32 t = tag(hash);
        size_t i = position(hash);
        for (;; i = (i + 1) & m_mask) {
            const Slot slot = table()[i];
            if (slot.ref == 0)
                break;
            if (slot.tag != t)
                continue;
            const char* e = entry(slot.ref);
            quint16 header;
            std::memcpy(&header, e, 2);
            if ((header & kLengthMask) == length && std::memcmp(e + 2, key, length) == 0) {
                m_last = slot.ref;
                return (header & kRejectedBit) ? Result::SeenRejected : Result::Seen;
            }
        }
        // Entries are 8-byte aligned (slots hold offset / 8) and never straddle two chunks.
        const size_t bytes = (2 + length + 7) & ~size_t(7);
        if (m_chunks.empty() || m_used + bytes > kChunk) {
            m_chunks.emplace_back(kChunk, m_hugePages, false);
            m_used = m_chunks.size() == 1 ? 8 : 0; // offset 0 marks an empty slot
        }
        char* e = m_chunks.back().data() + m_used;
        const auto header = quint16(length);
        std::memcpy(e, &header, 2);
        std::memcpy(e + 2, key, length);
        m_last = quint32(((m_chunks.size() - 1) * kChunk + m_used) / 8);
        m_used += bytes;
        table()[i] = Slot{t, m_last};
        if (++m_count * 5 > (m_mask + 1) * 3)
            resize(m_bits + 1);
        return Result::Added;
    }

    // Limits::isEmail's verdict on the key last added or found as SeenRejected: a key that was refused
    // is not a duplicate of anything, its next spelling gets checked again.
    void setLastRejected(bool rejected)
    {
        char* e = entry(m_last);
        quint16 header;
        std::memcpy(&header, e, 2);
        header = rejected ? quint16(header | kRejectedBit) : quint16(header & kLengthMask);
        std::memcpy(e, &header, 2);
    }

private:
    static constexpr quint16 kRejectedBit = 0x8000;
    static constexpr quint16 kLengthMask = 0x7fff;
    static constexpr size_t kChunk = Block::kHugePage;
    static constexpr qsizetype kHugePagesFrom = 65536; // expected keys; a paste of a few lines needs none

    struct Slot
    {
        quint32 tag;
        quint32 ref; // offset of the entry / 8; 0: empty slot
    };

    Slot* table() const { return reinterpret_cast<Slot*>(m_table.data()); }
    size_t position(quint64 hash) const { return size_t(hash >> (64 - m_bits)); }
    static quint32 tag(quint64 hash) { return quint32(hash); }
    char* entry(quint32 ref) const
    {
        const size_t offset = size_t(ref) * 8;
        return m_chunks[offset / kChunk].data() + offset % kChunk;
    }

    void resize(int bits)
    {
        Block old(sizeof(Slot) << bits, true, true);
        old.swap(m_table);
        m_bits = bits;
        m_mask = (size_t(1) << bits) - 1;
        const auto* oldSlots = reinterpret_cast<const Slot*>(old.data());
        for (size_t j = 0; j < old.size() / sizeof(Slot); ++j) {
            const Slot slot = oldSlots[j];
            if (slot.ref == 0)
                continue;
            const char* e = entry(slot.ref);
            quint16 header;
            std::memcpy(&header, e, 2);
            size_t i = position(hashBytes(e + 2, header & kLengthMask));
            while (table()[i].ref != 0)
                i = (i + 1) & m_mask;
            table()[i] = slot;
        }
    }

    bool m_hugePages;
    Block m_table;
    std::vector<Block> m_chunks;
    size_t m_used = 0;
    int m_bits = 0;
    size_t m_mask = 0;
    size_t m_count = 0;
    quint32 m_last = 0;
};

} // namespace EmailListDetail
