/* rp_version.h -- the engine's version, written into every session record. */
#ifndef RP_VERSION_H
#define RP_VERSION_H

#define RP_VERSION "0.1.0"

#endif
